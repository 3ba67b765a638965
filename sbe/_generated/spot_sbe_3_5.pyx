# GENERATED FROM spot_3_5.xml (package spot_sbe, schema 3:5, sha256 542776a038883dafe962341a041323ff5d8d3e36f1b860ab60156a88a4080bcf) DO NOT EDIT.
# Regenerate with: python -m codegen --pinned
# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
# cython: initializedcheck=False, cpow=True, auto_pickle=False, emit_code_comments=False
"""Decoder for SBE schema spot_sbe 3:5 (spot_3_5.xml)."""

from libc.stdint cimport (int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t, uint32_t, uint64_t,
                          INT64_MIN, UINT64_MAX)
from libc.string cimport memcpy
from cpython.buffer cimport PyObject_GetBuffer, PyBuffer_Release, PyBUF_SIMPLE
from cpython.bytes cimport PyBytes_CheckExact, PyBytes_AS_STRING, PyBytes_GET_SIZE
from cpython.bytearray cimport PyByteArray_AS_STRING
from cpython.list cimport PyList_New, PyList_SET_ITEM
from cpython.dict cimport PyDict_Copy
from cpython.object cimport PyObject
from cpython.ref cimport Py_INCREF
from sbe._rt cimport *

from sbe._rt import SbeEnum, SbeFlag, make_enum, make_flag
from sbe.errors import DecodeError, SchemaMismatchError, UnknownTemplateError

PACKAGE = 'spot_sbe'
SCHEMA_ID = 3
SCHEMA_VERSION = 5
SCHEMA_FILE = 'spot_3_5.xml'
SCHEMA_SHA256 = '542776a038883dafe962341a041323ff5d8d3e36f1b860ab60156a88a4080bcf'
LIFECYCLE = {'deprecatedDate': None, 'environment': 'prod', 'latest': '3:5', 'latestReleaseDate': '2026-07-07', 'releaseDate': '2026-07-07', 'retiredDate': None, 'status': 'latest'}
BYTE_ORDER = 'littleEndian'
HEADER_SIZE = 8
MESSAGES = {'PriceFilter': 1, 'PercentPriceFilter': 2, 'PercentPriceBySideFilter': 3, 'LotSizeFilter': 4, 'MinNotionalFilter': 5, 'NotionalFilter': 6, 'IcebergPartsFilter': 7, 'MarketLotSizeFilter': 8, 'MaxNumOrdersFilter': 9, 'MaxNumAlgoOrdersFilter': 10, 'MaxNumIcebergOrdersFilter': 11, 'MaxPositionFilter': 12, 'TrailingDeltaFilter': 13, 'TPlusSellFilter': 14, 'MaxNumOrderListsFilter': 18, 'MaxNumOrderAmendsFilter': 20, 'ExchangeMaxNumOrdersFilter': 15, 'ExchangeMaxNumAlgoOrdersFilter': 16, 'ExchangeMaxNumIcebergOrdersFilter': 17, 'ExchangeMaxNumOrderListsFilter': 19, 'MaxAssetFilter': 21, 'PriceRangeExecutionRule': 22, 'WebSocketResponse': 50, 'WebSocketSessionLogonResponse': 51, 'WebSocketSessionStatusResponse': 52, 'WebSocketSessionLogoutResponse': 53, 'WebSocketSessionSubscriptionsResponse': 54, 'ErrorResponse': 100, 'PingResponse': 101, 'ServerTimeResponse': 102, 'ExchangeInfoResponse': 103, 'ExecutionRulesResponse': 104, 'MyFiltersResponse': 105, 'DepthResponse': 200, 'TradesResponse': 201, 'AggTradesResponse': 202, 'KlinesResponse': 203, 'AveragePriceResponse': 204, 'Ticker24hSymbolFullResponse': 205, 'Ticker24hFullResponse': 206, 'Ticker24hSymbolMiniResponse': 207, 'Ticker24hMiniResponse': 208, 'PriceTickerSymbolResponse': 209, 'PriceTickerResponse': 210, 'BookTickerSymbolResponse': 211, 'BookTickerResponse': 212, 'TickerSymbolFullResponse': 213, 'TickerFullResponse': 214, 'TickerSymbolMiniResponse': 215, 'TickerMiniResponse': 216, 'ReferencePriceResponse': 217, 'ReferencePriceCalculationResponse': 218, 'BlockTradesResponse': 219, 'NewOrderAckResponse': 300, 'NewOrderResultResponse': 301, 'NewOrderFullResponse': 302, 'OrderTestResponse': 303, 'OrderResponse': 304, 'CancelOrderResponse': 305, 'CancelOpenOrdersResponse': 306, 'CancelReplaceOrderResponse': 307, 'OrdersResponse': 308, 'NewOrderListAckResponse': 309, 'NewOrderListResultResponse': 310, 'NewOrderListFullResponse': 311, 'CancelOrderListResponse': 312, 'OrderListResponse': 313, 'OrderListsResponse': 314, 'OrderTestWithCommissionsResponse': 315, 'OrderAmendmentsResponse': 316, 'OrderAmendKeepPriorityResponse': 317, 'AccountResponse': 400, 'AccountTradesResponse': 401, 'AccountOrderRateLimitResponse': 402, 'AccountPreventedMatchesResponse': 403, 'AccountAllocationsResponse': 404, 'AccountCommissionResponse': 405, 'UserDataStreamStartResponse': 500, 'UserDataStreamPingResponse': 501, 'UserDataStreamStopResponse': 502, 'UserDataStreamSubscribeResponse': 503, 'UserDataStreamUnsubscribeResponse': 504, 'UserDataStreamSubscribeListenTokenResponse': 505, 'AllocationReportEvent': 600, 'BalanceUpdateEvent': 601, 'EventStreamTerminatedEvent': 602, 'ExecutionReportEvent': 603, 'ExternalLockUpdateEvent': 604, 'ListStatusEvent': 606, 'OutboundAccountPositionEvent': 607, 'ServerShutdownEvent': 610, 'NonRepresentableMessage': 999}
TEMPLATES = {v: k for k, v in MESSAGES.items()}
# template ids, one constant per message
TEMPLATE_PriceFilter = 1
TEMPLATE_PercentPriceFilter = 2
TEMPLATE_PercentPriceBySideFilter = 3
TEMPLATE_LotSizeFilter = 4
TEMPLATE_MinNotionalFilter = 5
TEMPLATE_NotionalFilter = 6
TEMPLATE_IcebergPartsFilter = 7
TEMPLATE_MarketLotSizeFilter = 8
TEMPLATE_MaxNumOrdersFilter = 9
TEMPLATE_MaxNumAlgoOrdersFilter = 10
TEMPLATE_MaxNumIcebergOrdersFilter = 11
TEMPLATE_MaxPositionFilter = 12
TEMPLATE_TrailingDeltaFilter = 13
TEMPLATE_TPlusSellFilter = 14
TEMPLATE_MaxNumOrderListsFilter = 18
TEMPLATE_MaxNumOrderAmendsFilter = 20
TEMPLATE_ExchangeMaxNumOrdersFilter = 15
TEMPLATE_ExchangeMaxNumAlgoOrdersFilter = 16
TEMPLATE_ExchangeMaxNumIcebergOrdersFilter = 17
TEMPLATE_ExchangeMaxNumOrderListsFilter = 19
TEMPLATE_MaxAssetFilter = 21
TEMPLATE_PriceRangeExecutionRule = 22
TEMPLATE_WebSocketResponse = 50
TEMPLATE_WebSocketSessionLogonResponse = 51
TEMPLATE_WebSocketSessionStatusResponse = 52
TEMPLATE_WebSocketSessionLogoutResponse = 53
TEMPLATE_WebSocketSessionSubscriptionsResponse = 54
TEMPLATE_ErrorResponse = 100
TEMPLATE_PingResponse = 101
TEMPLATE_ServerTimeResponse = 102
TEMPLATE_ExchangeInfoResponse = 103
TEMPLATE_ExecutionRulesResponse = 104
TEMPLATE_MyFiltersResponse = 105
TEMPLATE_DepthResponse = 200
TEMPLATE_TradesResponse = 201
TEMPLATE_AggTradesResponse = 202
TEMPLATE_KlinesResponse = 203
TEMPLATE_AveragePriceResponse = 204
TEMPLATE_Ticker24hSymbolFullResponse = 205
TEMPLATE_Ticker24hFullResponse = 206
TEMPLATE_Ticker24hSymbolMiniResponse = 207
TEMPLATE_Ticker24hMiniResponse = 208
TEMPLATE_PriceTickerSymbolResponse = 209
TEMPLATE_PriceTickerResponse = 210
TEMPLATE_BookTickerSymbolResponse = 211
TEMPLATE_BookTickerResponse = 212
TEMPLATE_TickerSymbolFullResponse = 213
TEMPLATE_TickerFullResponse = 214
TEMPLATE_TickerSymbolMiniResponse = 215
TEMPLATE_TickerMiniResponse = 216
TEMPLATE_ReferencePriceResponse = 217
TEMPLATE_ReferencePriceCalculationResponse = 218
TEMPLATE_BlockTradesResponse = 219
TEMPLATE_NewOrderAckResponse = 300
TEMPLATE_NewOrderResultResponse = 301
TEMPLATE_NewOrderFullResponse = 302
TEMPLATE_OrderTestResponse = 303
TEMPLATE_OrderResponse = 304
TEMPLATE_CancelOrderResponse = 305
TEMPLATE_CancelOpenOrdersResponse = 306
TEMPLATE_CancelReplaceOrderResponse = 307
TEMPLATE_OrdersResponse = 308
TEMPLATE_NewOrderListAckResponse = 309
TEMPLATE_NewOrderListResultResponse = 310
TEMPLATE_NewOrderListFullResponse = 311
TEMPLATE_CancelOrderListResponse = 312
TEMPLATE_OrderListResponse = 313
TEMPLATE_OrderListsResponse = 314
TEMPLATE_OrderTestWithCommissionsResponse = 315
TEMPLATE_OrderAmendmentsResponse = 316
TEMPLATE_OrderAmendKeepPriorityResponse = 317
TEMPLATE_AccountResponse = 400
TEMPLATE_AccountTradesResponse = 401
TEMPLATE_AccountOrderRateLimitResponse = 402
TEMPLATE_AccountPreventedMatchesResponse = 403
TEMPLATE_AccountAllocationsResponse = 404
TEMPLATE_AccountCommissionResponse = 405
TEMPLATE_UserDataStreamStartResponse = 500
TEMPLATE_UserDataStreamPingResponse = 501
TEMPLATE_UserDataStreamStopResponse = 502
TEMPLATE_UserDataStreamSubscribeResponse = 503
TEMPLATE_UserDataStreamUnsubscribeResponse = 504
TEMPLATE_UserDataStreamSubscribeListenTokenResponse = 505
TEMPLATE_AllocationReportEvent = 600
TEMPLATE_BalanceUpdateEvent = 601
TEMPLATE_EventStreamTerminatedEvent = 602
TEMPLATE_ExecutionReportEvent = 603
TEMPLATE_ExternalLockUpdateEvent = 604
TEMPLATE_ListStatusEvent = 606
TEMPLATE_OutboundAccountPositionEvent = 607
TEMPLATE_ServerShutdownEvent = 610
TEMPLATE_NonRepresentableMessage = 999
cdef dict _T0
cdef dict _T1
cdef dict _T2
cdef dict _T3
cdef dict _T4
cdef dict _T5
cdef dict _T6
cdef dict _T7
cdef dict _T8
cdef dict _T9
cdef dict _T10
cdef dict _T11
cdef dict _T12
cdef dict _T13
cdef dict _T14
cdef dict _T15
cdef dict _T16
cdef dict _T17
cdef dict _T18
cdef dict _T19
cdef dict _T20
cdef dict _T21
cdef dict _T22
cdef dict _T23
cdef dict _T24
cdef dict _T25
cdef dict _T26
cdef dict _T27
cdef dict _T28
cdef dict _T29
cdef dict _T30
cdef dict _T31
cdef dict _T32
cdef dict _T33
cdef dict _T34
cdef dict _T35
cdef dict _T36
cdef dict _T37
cdef dict _T38
cdef dict _T39
cdef dict _T40
cdef dict _T41
cdef dict _T42
cdef dict _T43
cdef dict _T44
cdef dict _T45
cdef dict _T46
cdef dict _T47
cdef dict _T48
cdef dict _T49
cdef dict _T50
cdef dict _T51
cdef dict _T52
cdef dict _T53
cdef dict _T54
cdef dict _T55
cdef dict _T56
cdef dict _T57
cdef dict _T58
cdef dict _T59
cdef dict _T60
cdef dict _T61
cdef dict _T62
cdef dict _T63
cdef dict _T64
cdef dict _T65
cdef dict _T66
cdef dict _T67
cdef dict _T68
cdef dict _T69
cdef dict _T70
cdef dict _T71
cdef dict _T72
cdef dict _T73
cdef dict _T74
cdef dict _T75
cdef dict _T76
cdef dict _T77
cdef dict _T78
cdef dict _T79
cdef dict _T80
cdef dict _T81
cdef dict _T82
cdef dict _T83
cdef dict _T84
cdef dict _T85
cdef dict _T86
cdef dict _T87
cdef dict _T88
cdef dict _T89
cdef dict _T90
cdef dict _T91
cdef dict _T92
cdef dict _T93
cdef dict _T94
cdef dict _T95
cdef dict _T96
cdef dict _T97
cdef dict _T98
cdef dict _T99
cdef dict _T100
cdef dict _T101
cdef dict _T102
cdef dict _T103
cdef dict _T104
cdef dict _T105
cdef dict _T106
cdef dict _T107
cdef dict _T108
cdef dict _T109
cdef dict _T110
cdef dict _T111
cdef dict _T112
cdef dict _T113
cdef dict _T114
cdef dict _T115
cdef dict _T116
cdef dict _T117
cdef dict _T118
cdef dict _T119
cdef dict _T120
cdef dict _T121
cdef dict _T122
cdef dict _T123
cdef dict _T124
cdef dict _T125
cdef dict _T126
cdef dict _T127
cdef dict _T128
cdef dict _T129
cdef dict _T130
cdef dict _T131
cdef dict _T132
cdef dict _T133
cdef dict _T134
cdef dict _T135
cdef dict _T136
cdef dict _T137
cdef dict _T138
cdef dict _T139
cdef dict _T140
cdef dict _T141
cdef dict _T142
cdef dict _T143
cdef dict _T144
cdef dict _T145
cdef dict _T146
cdef dict _T147
cdef dict _T148
cdef dict _T149
cdef dict _T150
cdef dict _T151
cdef dict _T152
cdef dict _T153
cdef dict _T154
cdef dict _T155
cdef dict _T156
cdef dict _T157
cdef dict _T158
cdef dict _T159
cdef dict _T160
cdef dict _T161
cdef dict _T162
cdef dict _T163
cdef dict _T164
cdef dict _T165
cdef dict _T166

# enums: unknown wire values decode to plain ints, never an error
accountType = make_enum('accountType', [('Spot', 0), ('Unknown', 2), ('NonRepresentable', 254)], {'Spot': 'SPOT', 'Unknown': 'UNKNOWN', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_accountType = enum_lut(accountType)
allocationReportType = make_enum('allocationReportType', [('Accept', 1), ('NonRepresentable', 254)], {'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_allocationReportType = enum_lut(allocationReportType)
allocationStatus = make_enum('allocationStatus', [('Accepted', 1), ('NonRepresentable', 254)], {'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_allocationStatus = enum_lut(allocationStatus)
allocationTransactionType = make_enum('allocationTransactionType', [('New', 1), ('NonRepresentable', 254)], {'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_allocationTransactionType = enum_lut(allocationTransactionType)
allocationType = make_enum('allocationType', [('Unknown', 0), ('Sor', 2), ('NonRepresentable', 254)], {'Unknown': 'UNKNOWN', 'Sor': 'SOR', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_allocationType = enum_lut(allocationType)
boolEnum = make_enum('boolEnum', [('False', 0), ('True', 1)], {}, __name__)
cdef tuple _E_boolEnum = (False, True) + tuple(range(2, 256))
cancelReplaceStatus = make_enum('cancelReplaceStatus', [('Success', 0), ('Failure', 1), ('NotAttempted', 2), ('NonRepresentable', 254)], {'Success': 'SUCCESS', 'Failure': 'FAILURE', 'NotAttempted': 'NOT_ATTEMPTED', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_cancelReplaceStatus = enum_lut(cancelReplaceStatus)
commissionType = make_enum('commissionType', [('RecvAsset', 0), ('QuoteAsset', 1), ('GasOrRecvStrict', 2), ('GasOrRecvOptional', 3), ('NonRepresentable', 254)], {'RecvAsset': 'RECV_ASSET', 'QuoteAsset': 'QUOTE_ASSET', 'GasOrRecvStrict': 'GAS_OR_RECV_STRICT', 'GasOrRecvOptional': 'GAS_OR_RECV_OPTIONAL', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_commissionType = enum_lut(commissionType)
contingencyType = make_enum('contingencyType', [('Oco', 1), ('Oto', 2), ('NonRepresentable', 254)], {'Oco': 'OCO', 'Oto': 'OTO', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_contingencyType = enum_lut(contingencyType)
counterPartyRole = make_enum('counterPartyRole', [('Client', 1), ('NonRepresentable', 254)], {'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_counterPartyRole = enum_lut(counterPartyRole)
executionType = make_enum('executionType', [('New', 0), ('Canceled', 1), ('Replaced', 2), ('Rejected', 3), ('Trade', 4), ('Expired', 5), ('TradePrevention', 8), ('Unknown', 253), ('NonRepresentable', 254)], {'New': 'NEW', 'Canceled': 'CANCELED', 'Replaced': 'REPLACED', 'Rejected': 'REJECTED', 'Trade': 'TRADE', 'Expired': 'EXPIRED', 'TradePrevention': 'TRADE_PREVENTION', 'Unknown': 'UNKNOWN', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_executionType = enum_lut(executionType)
externalSettlementSide = make_enum('externalSettlementSide', [('Debit', 0), ('Credit', 1), ('NonRepresentable', 254)], {'Debit': 'DEBIT', 'Credit': 'CREDIT', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_externalSettlementSide = enum_lut(externalSettlementSide)
filterType = make_enum('filterType', [('MaxPosition', 0), ('PriceFilter', 1), ('TPlusSell', 2), ('LotSize', 3), ('MaxNumOrders', 4), ('MinNotional', 5), ('MaxNumAlgoOrders', 6), ('ExchangeMaxNumOrders', 7), ('ExchangeMaxNumAlgoOrders', 8), ('IcebergParts', 9), ('MarketLotSize', 10), ('PercentPrice', 11), ('MaxNumIcebergOrders', 12), ('ExchangeMaxNumIcebergOrders', 13), ('TrailingDelta', 14), ('PercentPriceBySide', 15), ('Notional', 16), ('MaxNumOrderLists', 17), ('ExchangeMaxNumOrderLists', 18), ('MaxNumOrderAmends', 19), ('MaxAsset', 20), ('NonRepresentable', 254)], {'MaxPosition': 'MAX_POSITION', 'PriceFilter': 'PRICE_FILTER', 'TPlusSell': 'T_PLUS_SELL', 'LotSize': 'LOT_SIZE', 'MaxNumOrders': 'MAX_NUM_ORDERS', 'MinNotional': 'MIN_NOTIONAL', 'MaxNumAlgoOrders': 'MAX_NUM_ALGO_ORDERS', 'ExchangeMaxNumOrders': 'EXCHANGE_MAX_NUM_ORDERS', 'ExchangeMaxNumAlgoOrders': 'EXCHANGE_MAX_NUM_ALGO_ORDERS', 'IcebergParts': 'ICEBERG_PARTS', 'MarketLotSize': 'MARKET_LOT_SIZE', 'PercentPrice': 'PERCENT_PRICE', 'MaxNumIcebergOrders': 'MAX_NUM_ICEBERG_ORDERS', 'ExchangeMaxNumIcebergOrders': 'EXCHANGE_MAX_NUM_ICEBERG_ORDERS', 'TrailingDelta': 'TRAILING_DELTA', 'PercentPriceBySide': 'PERCENT_PRICE_BY_SIDE', 'Notional': 'NOTIONAL', 'MaxNumOrderLists': 'MAX_NUM_ORDER_LISTS', 'ExchangeMaxNumOrderLists': 'EXCHANGE_MAX_NUM_ORDER_LISTS', 'MaxNumOrderAmends': 'MAX_NUM_ORDER_AMENDS', 'MaxAsset': 'MAX_ASSET', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_filterType = enum_lut(filterType)
executionRuleType = make_enum('executionRuleType', [('PriceRange', 1), ('NonRepresentable', 254)], {'PriceRange': 'PRICE_RANGE', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_executionRuleType = enum_lut(executionRuleType)
expiryReason = make_enum('expiryReason', [('Rejected', 1), ('ExchangeCanceled', 2), ('OcoTrigger', 3), ('OtoPhaseOneExpired', 4), ('UnfilledIocQuantityExpired', 5), ('UnfilledFokOrderExpired', 6), ('InsufficientLiquidity', 7), ('ExecutionRulePriceRangeExceeded', 8), ('NonRepresentable', 254)], {'Rejected': 'REJECTED', 'ExchangeCanceled': 'EXCHANGE_CANCELED', 'OcoTrigger': 'OCO_TRIGGER', 'OtoPhaseOneExpired': 'OTO_PHASE_ONE_EXPIRED', 'UnfilledIocQuantityExpired': 'UNFILLED_IOC_QUANTITY_EXPIRED', 'UnfilledFokOrderExpired': 'UNFILLED_FOK_ORDER_EXPIRED', 'InsufficientLiquidity': 'INSUFFICIENT_LIQUIDITY', 'ExecutionRulePriceRangeExceeded': 'EXECUTION_RULE_PRICE_RANGE_EXCEEDED', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_expiryReason = enum_lut(expiryReason)
calculationType = make_enum('calculationType', [('External', 1), ('ArithmeticMean', 2), ('NonRepresentable', 254)], {'External': 'EXTERNAL', 'ArithmeticMean': 'ARITHMETIC_MEAN', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_calculationType = enum_lut(calculationType)
floor = make_enum('floor', [('Exchange', 1), ('Broker', 2), ('Sor', 3), ('NonRepresentable', 254)], {'Exchange': 'EXCHANGE', 'Broker': 'BROKER', 'Sor': 'SOR', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_floor = enum_lut(floor)
listOrderStatus = make_enum('listOrderStatus', [('Canceling', 0), ('Executing', 1), ('AllDone', 2), ('Reject', 3), ('NonRepresentable', 254)], {'Canceling': 'CANCELING', 'Executing': 'EXECUTING', 'AllDone': 'ALL_DONE', 'Reject': 'REJECT', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_listOrderStatus = enum_lut(listOrderStatus)
listStatusType = make_enum('listStatusType', [('Response', 0), ('ExecStarted', 1), ('AllDone', 2), ('Updated', 3), ('NonRepresentable', 254)], {'Response': 'RESPONSE', 'ExecStarted': 'EXEC_STARTED', 'AllDone': 'ALL_DONE', 'Updated': 'UPDATED', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_listStatusType = enum_lut(listStatusType)
matchType = make_enum('matchType', [('AutoMatch', 1), ('OnePartyTradeReport', 2), ('NonRepresentable', 254)], {'AutoMatch': 'AUTO_MATCH', 'OnePartyTradeReport': 'ONE_PARTY_TRADE_REPORT', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_matchType = enum_lut(matchType)
orderCapacity = make_enum('orderCapacity', [('Principal', 1), ('Agency', 2), ('NonRepresentable', 254)], {'Principal': 'PRINCIPAL', 'Agency': 'AGENCY', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_orderCapacity = enum_lut(orderCapacity)
orderSide = make_enum('orderSide', [('Buy', 0), ('Sell', 1), ('NonRepresentable', 254)], {'Buy': 'BUY', 'Sell': 'SELL', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_orderSide = enum_lut(orderSide)
orderStatus = make_enum('orderStatus', [('New', 0), ('PartiallyFilled', 1), ('Filled', 2), ('Canceled', 3), ('PendingCancel', 4), ('Rejected', 5), ('Expired', 6), ('ExpiredInMatch', 9), ('PendingNew', 11), ('Unknown', 253), ('NonRepresentable', 254)], {'New': 'NEW', 'PartiallyFilled': 'PARTIALLY_FILLED', 'Filled': 'FILLED', 'Canceled': 'CANCELED', 'PendingCancel': 'PENDING_CANCEL', 'Rejected': 'REJECTED', 'Expired': 'EXPIRED', 'ExpiredInMatch': 'EXPIRED_IN_MATCH', 'PendingNew': 'PENDING_NEW', 'Unknown': 'UNKNOWN', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_orderStatus = enum_lut(orderStatus)
orderType = make_enum('orderType', [('Market', 0), ('Limit', 1), ('StopLoss', 2), ('StopLossLimit', 3), ('TakeProfit', 4), ('TakeProfitLimit', 5), ('LimitMaker', 6), ('NonRepresentable', 254)], {'Market': 'MARKET', 'Limit': 'LIMIT', 'StopLoss': 'STOP_LOSS', 'StopLossLimit': 'STOP_LOSS_LIMIT', 'TakeProfit': 'TAKE_PROFIT', 'TakeProfitLimit': 'TAKE_PROFIT_LIMIT', 'LimitMaker': 'LIMIT_MAKER', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_orderType = enum_lut(orderType)
rateLimitInterval = make_enum('rateLimitInterval', [('Second', 0), ('Minute', 1), ('Hour', 2), ('Day', 3), ('NonRepresentable', 254)], {'Second': 'SECOND', 'Minute': 'MINUTE', 'Hour': 'HOUR', 'Day': 'DAY', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_rateLimitInterval = enum_lut(rateLimitInterval)
rateLimitType = make_enum('rateLimitType', [('RawRequests', 0), ('Connections', 1), ('RequestWeight', 2), ('Orders', 3), ('NonRepresentable', 254)], {'RawRequests': 'RAW_REQUESTS', 'Connections': 'CONNECTIONS', 'RequestWeight': 'REQUEST_WEIGHT', 'Orders': 'ORDERS', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_rateLimitType = enum_lut(rateLimitType)
selfTradePreventionMode = make_enum('selfTradePreventionMode', [('None', 1), ('ExpireTaker', 2), ('ExpireMaker', 3), ('ExpireBoth', 4), ('Decrement', 5), ('Transfer', 6), ('NonRepresentable', 254)], {'None': 'NONE', 'ExpireTaker': 'EXPIRE_TAKER', 'ExpireMaker': 'EXPIRE_MAKER', 'ExpireBoth': 'EXPIRE_BOTH', 'Decrement': 'DECREMENT', 'Transfer': 'TRANSFER', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_selfTradePreventionMode = enum_lut(selfTradePreventionMode)
symbolStatus = make_enum('symbolStatus', [('Trading', 0), ('EndOfDay', 1), ('Halt', 2), ('Break', 3), ('CancelOnly', 4), ('NonRepresentable', 254)], {'Trading': 'TRADING', 'EndOfDay': 'END_OF_DAY', 'Halt': 'HALT', 'Break': 'BREAK', 'CancelOnly': 'CANCEL_ONLY', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_symbolStatus = enum_lut(symbolStatus)
timeInForce = make_enum('timeInForce', [('Gtc', 0), ('Ioc', 1), ('Fok', 2), ('NonRepresentable', 254)], {'Gtc': 'GTC', 'Ioc': 'IOC', 'Fok': 'FOK', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_timeInForce = enum_lut(timeInForce)
tradeType = make_enum('tradeType', [('BlockTrade', 0), ('NonRepresentable', 254)], {'BlockTrade': 'BLOCK_TRADE', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_tradeType = enum_lut(tradeType)
pegPriceType = make_enum('pegPriceType', [('PrimaryPeg', 1), ('MarketPeg', 2), ('NonRepresentable', 254)], {'PrimaryPeg': 'PRIMARY_PEG', 'MarketPeg': 'MARKET_PEG', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_pegPriceType = enum_lut(pegPriceType)
pegOffsetType = make_enum('pegOffsetType', [('PriceLevel', 1), ('NonRepresentable', 254)], {'PriceLevel': 'PRICE_LEVEL', 'NonRepresentable': 'NON_REPRESENTABLE'}, __name__)
cdef tuple _E_pegOffsetType = enum_lut(pegOffsetType)

# sets: unknown bits are kept
allowedSelfTradePreventionModes = make_flag('allowedSelfTradePreventionModes', [('None', 1), ('ExpireTaker', 2), ('ExpireMaker', 4), ('ExpireBoth', 8), ('Decrement', 16), ('Transfer', 32), ('NonRepresentable', 128)], __name__)
cdef dict _S_allowedSelfTradePreventionModes = {}
externalSettlementFlags = make_flag('externalSettlementFlags', [('MoveToAvailable', 1), ('DebitCommissionAllowGas', 2), ('CreditCommissionAllowGas', 4), ('DebitCommissionAllowAvailable', 8), ('CreditCommissionAllowAvailable', 16), ('NonRepresentable', 9223372036854775808)], __name__)
cdef dict _S_externalSettlementFlags = {}
orderTypes = make_flag('orderTypes', [('Market', 1), ('Limit', 2), ('StopLoss', 4), ('StopLossLimit', 8), ('TakeProfit', 16), ('TakeProfitLimit', 32), ('LimitMaker', 64), ('NonRepresentable', 32768)], __name__)
cdef dict _S_orderTypes = {}

ENUMS = {'accountType': accountType, 'allocationReportType': allocationReportType, 'allocationStatus': allocationStatus, 'allocationTransactionType': allocationTransactionType, 'allocationType': allocationType, 'boolEnum': boolEnum, 'cancelReplaceStatus': cancelReplaceStatus, 'commissionType': commissionType, 'contingencyType': contingencyType, 'counterPartyRole': counterPartyRole, 'executionType': executionType, 'externalSettlementSide': externalSettlementSide, 'filterType': filterType, 'executionRuleType': executionRuleType, 'expiryReason': expiryReason, 'calculationType': calculationType, 'floor': floor, 'listOrderStatus': listOrderStatus, 'listStatusType': listStatusType, 'matchType': matchType, 'orderCapacity': orderCapacity, 'orderSide': orderSide, 'orderStatus': orderStatus, 'orderType': orderType, 'rateLimitInterval': rateLimitInterval, 'rateLimitType': rateLimitType, 'selfTradePreventionMode': selfTradePreventionMode, 'symbolStatus': symbolStatus, 'timeInForce': timeInForce, 'tradeType': tradeType, 'pegPriceType': pegPriceType, 'pegOffsetType': pegOffsetType}
SETS = {'allowedSelfTradePreventionModes': allowedSelfTradePreventionModes, 'externalSettlementFlags': externalSettlementFlags, 'orderTypes': orderTypes}

cdef tuple _BF_PriceFilter = (('priceExponent', 1, 0), ('minPrice', 9, 0), ('maxPrice', 17, 0), ('tickSize', 25, 0))
cdef dict _m_PriceFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PriceFilter (template 1); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of PriceFilter', pos, bl, end - pos)
    if bl < 25:
        raise_short_block('PriceFilter', _BF_PriceFilter, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    v_filterType = _K0
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_minPrice = mant_i64(sbe_i64le(p + 1), 0, 0, x0_priceExponent, st.dec)
    v_maxPrice = mant_i64(sbe_i64le(p + 9), 0, 0, x0_priceExponent, st.dec)
    v_tickSize = mant_i64(sbe_i64le(p + 17), 0, 0, x0_priceExponent, st.dec)
    pos += bl
    d = PyDict_Copy(_T0 if st.dec == DEC_RAW else _T1)
    d['$message'] = 'PriceFilter'
    d['filterType'] = v_filterType
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
    d['minPrice'] = v_minPrice
    d['maxPrice'] = v_maxPrice
    d['tickSize'] = v_tickSize
    st.stop = pos
    return d

cdef class PriceFilter(Record):
    """Record of message PriceFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_PriceFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PriceFilter as a PriceFilter record; ``pos`` is the start of the root block."""
    cdef PriceFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of PriceFilter', pos, bl, end - pos)
    if bl < 25:
        raise_short_block('PriceFilter', _BF_PriceFilter, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    r = PriceFilter.__new__(PriceFilter)
    r._dec = st.dec
    r.filterType = _K0
    r.c_priceExponent = x0_priceExponent
    r.c_minPrice = sbe_i64le(p + 1)
    r.e_minPrice = x0_priceExponent
    r.c_maxPrice = sbe_i64le(p + 9)
    r.e_maxPrice = x0_priceExponent
    r.c_tickSize = sbe_i64le(p + 17)
    r.e_tickSize = x0_priceExponent
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_PercentPriceFilter = (('multiplierExponent', 1, 0), ('multiplierUp', 9, 0), ('multiplierDown', 17, 0), ('avgPriceMins', 21, 0))
cdef dict _m_PercentPriceFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PercentPriceFilter (template 2); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_multiplierExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of PercentPriceFilter', pos, bl, end - pos)
    if bl < 21:
        raise_short_block('PercentPriceFilter', _BF_PercentPriceFilter, ver, bl, pos)
    p = st.buf + pos
    x0_multiplierExponent = sbe_i8(p)
    v_filterType = _K1
    v_multiplierExponent = None if x0_multiplierExponent == EXP_NONE else x0_multiplierExponent
    v_multiplierUp = mant_i64(sbe_i64le(p + 1), 0, 0, x0_multiplierExponent, st.dec)
    v_multiplierDown = mant_i64(sbe_i64le(p + 9), 0, 0, x0_multiplierExponent, st.dec)
    v_avgPriceMins = sbe_i32le(p + 17)
    pos += bl
    d = PyDict_Copy(_T2 if st.dec == DEC_RAW else _T3)
    d['$message'] = 'PercentPriceFilter'
    d['filterType'] = v_filterType
    if st.dec == DEC_RAW:
        d['multiplierExponent'] = v_multiplierExponent
    d['multiplierUp'] = v_multiplierUp
    d['multiplierDown'] = v_multiplierDown
    d['avgPriceMins'] = v_avgPriceMins
    st.stop = pos
    return d

cdef class PercentPriceFilter(Record):
    """Record of message PercentPriceFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_PercentPriceFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PercentPriceFilter as a PercentPriceFilter record; ``pos`` is the start of the root block."""
    cdef PercentPriceFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_multiplierExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of PercentPriceFilter', pos, bl, end - pos)
    if bl < 21:
        raise_short_block('PercentPriceFilter', _BF_PercentPriceFilter, ver, bl, pos)
    p = st.buf + pos
    x0_multiplierExponent = sbe_i8(p)
    r = PercentPriceFilter.__new__(PercentPriceFilter)
    r._dec = st.dec
    r.filterType = _K1
    r.c_multiplierExponent = x0_multiplierExponent
    r.c_multiplierUp = sbe_i64le(p + 1)
    r.e_multiplierUp = x0_multiplierExponent
    r.c_multiplierDown = sbe_i64le(p + 9)
    r.e_multiplierDown = x0_multiplierExponent
    r.avgPriceMins = sbe_i32le(p + 17)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_PercentPriceBySideFilter = (('multiplierExponent', 1, 0), ('bidMultiplierUp', 9, 0), ('bidMultiplierDown', 17, 0), ('askMultiplierUp', 25, 0), ('askMultiplierDown', 33, 0), ('avgPriceMins', 37, 0))
cdef dict _m_PercentPriceBySideFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PercentPriceBySideFilter (template 3); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_multiplierExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of PercentPriceBySideFilter', pos, bl, end - pos)
    if bl < 37:
        raise_short_block('PercentPriceBySideFilter', _BF_PercentPriceBySideFilter, ver, bl, pos)
    p = st.buf + pos
    x0_multiplierExponent = sbe_i8(p)
    v_filterType = _K2
    v_multiplierExponent = None if x0_multiplierExponent == EXP_NONE else x0_multiplierExponent
    v_bidMultiplierUp = mant_i64(sbe_i64le(p + 1), 0, 0, x0_multiplierExponent, st.dec)
    v_bidMultiplierDown = mant_i64(sbe_i64le(p + 9), 0, 0, x0_multiplierExponent, st.dec)
    v_askMultiplierUp = mant_i64(sbe_i64le(p + 17), 0, 0, x0_multiplierExponent, st.dec)
    v_askMultiplierDown = mant_i64(sbe_i64le(p + 25), 0, 0, x0_multiplierExponent, st.dec)
    v_avgPriceMins = sbe_i32le(p + 33)
    pos += bl
    d = PyDict_Copy(_T4 if st.dec == DEC_RAW else _T5)
    d['$message'] = 'PercentPriceBySideFilter'
    d['filterType'] = v_filterType
    if st.dec == DEC_RAW:
        d['multiplierExponent'] = v_multiplierExponent
    d['bidMultiplierUp'] = v_bidMultiplierUp
    d['bidMultiplierDown'] = v_bidMultiplierDown
    d['askMultiplierUp'] = v_askMultiplierUp
    d['askMultiplierDown'] = v_askMultiplierDown
    d['avgPriceMins'] = v_avgPriceMins
    st.stop = pos
    return d

cdef class PercentPriceBySideFilter(Record):
    """Record of message PercentPriceBySideFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_PercentPriceBySideFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PercentPriceBySideFilter as a PercentPriceBySideFilter record; ``pos`` is the start of the root block."""
    cdef PercentPriceBySideFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_multiplierExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of PercentPriceBySideFilter', pos, bl, end - pos)
    if bl < 37:
        raise_short_block('PercentPriceBySideFilter', _BF_PercentPriceBySideFilter, ver, bl, pos)
    p = st.buf + pos
    x0_multiplierExponent = sbe_i8(p)
    r = PercentPriceBySideFilter.__new__(PercentPriceBySideFilter)
    r._dec = st.dec
    r.filterType = _K2
    r.c_multiplierExponent = x0_multiplierExponent
    r.c_bidMultiplierUp = sbe_i64le(p + 1)
    r.e_bidMultiplierUp = x0_multiplierExponent
    r.c_bidMultiplierDown = sbe_i64le(p + 9)
    r.e_bidMultiplierDown = x0_multiplierExponent
    r.c_askMultiplierUp = sbe_i64le(p + 17)
    r.e_askMultiplierUp = x0_multiplierExponent
    r.c_askMultiplierDown = sbe_i64le(p + 25)
    r.e_askMultiplierDown = x0_multiplierExponent
    r.avgPriceMins = sbe_i32le(p + 33)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_LotSizeFilter = (('qtyExponent', 1, 0), ('minQty', 9, 0), ('maxQty', 17, 0), ('stepSize', 25, 0))
cdef dict _m_LotSizeFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """LotSizeFilter (template 4); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of LotSizeFilter', pos, bl, end - pos)
    if bl < 25:
        raise_short_block('LotSizeFilter', _BF_LotSizeFilter, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p)
    v_filterType = _K3
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_minQty = mant_i64(sbe_i64le(p + 1), 0, 0, x0_qtyExponent, st.dec)
    v_maxQty = mant_i64(sbe_i64le(p + 9), 0, 0, x0_qtyExponent, st.dec)
    v_stepSize = mant_i64(sbe_i64le(p + 17), 0, 0, x0_qtyExponent, st.dec)
    pos += bl
    d = PyDict_Copy(_T6 if st.dec == DEC_RAW else _T7)
    d['$message'] = 'LotSizeFilter'
    d['filterType'] = v_filterType
    if st.dec == DEC_RAW:
        d['qtyExponent'] = v_qtyExponent
    d['minQty'] = v_minQty
    d['maxQty'] = v_maxQty
    d['stepSize'] = v_stepSize
    st.stop = pos
    return d

cdef class LotSizeFilter(Record):
    """Record of message LotSizeFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_LotSizeFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """LotSizeFilter as a LotSizeFilter record; ``pos`` is the start of the root block."""
    cdef LotSizeFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of LotSizeFilter', pos, bl, end - pos)
    if bl < 25:
        raise_short_block('LotSizeFilter', _BF_LotSizeFilter, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p)
    r = LotSizeFilter.__new__(LotSizeFilter)
    r._dec = st.dec
    r.filterType = _K3
    r.c_qtyExponent = x0_qtyExponent
    r.c_minQty = sbe_i64le(p + 1)
    r.e_minQty = x0_qtyExponent
    r.c_maxQty = sbe_i64le(p + 9)
    r.e_maxQty = x0_qtyExponent
    r.c_stepSize = sbe_i64le(p + 17)
    r.e_stepSize = x0_qtyExponent
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_MinNotionalFilter = (('priceExponent', 1, 0), ('minNotional', 9, 0), ('applyToMarket', 10, 0), ('avgPriceMins', 14, 0))
cdef dict _m_MinNotionalFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MinNotionalFilter (template 5); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of MinNotionalFilter', pos, bl, end - pos)
    if bl < 14:
        raise_short_block('MinNotionalFilter', _BF_MinNotionalFilter, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    v_filterType = _K4
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_minNotional = mant_i64(sbe_i64le(p + 1), 0, 0, x0_priceExponent, st.dec)
    t_u = sbe_u8(p + 9)
    v_applyToMarket = _E_boolEnum[t_u]
    v_avgPriceMins = sbe_i32le(p + 10)
    pos += bl
    d = PyDict_Copy(_T8 if st.dec == DEC_RAW else _T9)
    d['$message'] = 'MinNotionalFilter'
    d['filterType'] = v_filterType
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
    d['minNotional'] = v_minNotional
    d['applyToMarket'] = v_applyToMarket
    d['avgPriceMins'] = v_avgPriceMins
    st.stop = pos
    return d

cdef class MinNotionalFilter(Record):
    """Record of message MinNotionalFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_MinNotionalFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MinNotionalFilter as a MinNotionalFilter record; ``pos`` is the start of the root block."""
    cdef MinNotionalFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of MinNotionalFilter', pos, bl, end - pos)
    if bl < 14:
        raise_short_block('MinNotionalFilter', _BF_MinNotionalFilter, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    r = MinNotionalFilter.__new__(MinNotionalFilter)
    r._dec = st.dec
    r.filterType = _K4
    r.c_priceExponent = x0_priceExponent
    r.c_minNotional = sbe_i64le(p + 1)
    r.e_minNotional = x0_priceExponent
    t_u = sbe_u8(p + 9)
    r.applyToMarket = _E_boolEnum[t_u]
    r.avgPriceMins = sbe_i32le(p + 10)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_NotionalFilter = (('priceExponent', 1, 0), ('minNotional', 9, 0), ('applyMinToMarket', 10, 0), ('maxNotional', 18, 0), ('applyMaxToMarket', 19, 0), ('avgPriceMins', 23, 0))
cdef dict _m_NotionalFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NotionalFilter (template 6); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of NotionalFilter', pos, bl, end - pos)
    if bl < 23:
        raise_short_block('NotionalFilter', _BF_NotionalFilter, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    v_filterType = _K5
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_minNotional = mant_i64(sbe_i64le(p + 1), 0, 0, x0_priceExponent, st.dec)
    t_u = sbe_u8(p + 9)
    v_applyMinToMarket = _E_boolEnum[t_u]
    v_maxNotional = mant_i64(sbe_i64le(p + 10), 0, 0, x0_priceExponent, st.dec)
    t_u = sbe_u8(p + 18)
    v_applyMaxToMarket = _E_boolEnum[t_u]
    v_avgPriceMins = sbe_i32le(p + 19)
    pos += bl
    d = PyDict_Copy(_T10 if st.dec == DEC_RAW else _T11)
    d['$message'] = 'NotionalFilter'
    d['filterType'] = v_filterType
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
    d['minNotional'] = v_minNotional
    d['applyMinToMarket'] = v_applyMinToMarket
    d['maxNotional'] = v_maxNotional
    d['applyMaxToMarket'] = v_applyMaxToMarket
    d['avgPriceMins'] = v_avgPriceMins
    st.stop = pos
    return d

cdef class NotionalFilter(Record):
    """Record of message NotionalFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_NotionalFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NotionalFilter as a NotionalFilter record; ``pos`` is the start of the root block."""
    cdef NotionalFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of NotionalFilter', pos, bl, end - pos)
    if bl < 23:
        raise_short_block('NotionalFilter', _BF_NotionalFilter, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    r = NotionalFilter.__new__(NotionalFilter)
    r._dec = st.dec
    r.filterType = _K5
    r.c_priceExponent = x0_priceExponent
    r.c_minNotional = sbe_i64le(p + 1)
    r.e_minNotional = x0_priceExponent
    t_u = sbe_u8(p + 9)
    r.applyMinToMarket = _E_boolEnum[t_u]
    r.c_maxNotional = sbe_i64le(p + 10)
    r.e_maxNotional = x0_priceExponent
    t_u = sbe_u8(p + 18)
    r.applyMaxToMarket = _E_boolEnum[t_u]
    r.avgPriceMins = sbe_i32le(p + 19)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_IcebergPartsFilter = (('filterLimit', 8, 0),)
cdef dict _m_IcebergPartsFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """IcebergPartsFilter (template 7); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of IcebergPartsFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('IcebergPartsFilter', _BF_IcebergPartsFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K6
    v_filterLimit = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T12)
    d['$message'] = 'IcebergPartsFilter'
    d['filterType'] = v_filterType
    d['filterLimit'] = v_filterLimit
    st.stop = pos
    return d

cdef class IcebergPartsFilter(Record):
    """Record of message IcebergPartsFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_IcebergPartsFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """IcebergPartsFilter as a IcebergPartsFilter record; ``pos`` is the start of the root block."""
    cdef IcebergPartsFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of IcebergPartsFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('IcebergPartsFilter', _BF_IcebergPartsFilter, ver, bl, pos)
    p = st.buf + pos
    r = IcebergPartsFilter.__new__(IcebergPartsFilter)
    r._dec = st.dec
    r.filterType = _K6
    r.filterLimit = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_MarketLotSizeFilter = (('qtyExponent', 1, 0), ('minQty', 9, 0), ('maxQty', 17, 0), ('stepSize', 25, 0))
cdef dict _m_MarketLotSizeFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MarketLotSizeFilter (template 8); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of MarketLotSizeFilter', pos, bl, end - pos)
    if bl < 25:
        raise_short_block('MarketLotSizeFilter', _BF_MarketLotSizeFilter, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p)
    v_filterType = _K7
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_minQty = mant_i64(sbe_i64le(p + 1), 0, 0, x0_qtyExponent, st.dec)
    v_maxQty = mant_i64(sbe_i64le(p + 9), 0, 0, x0_qtyExponent, st.dec)
    v_stepSize = mant_i64(sbe_i64le(p + 17), 0, 0, x0_qtyExponent, st.dec)
    pos += bl
    d = PyDict_Copy(_T6 if st.dec == DEC_RAW else _T7)
    d['$message'] = 'MarketLotSizeFilter'
    d['filterType'] = v_filterType
    if st.dec == DEC_RAW:
        d['qtyExponent'] = v_qtyExponent
    d['minQty'] = v_minQty
    d['maxQty'] = v_maxQty
    d['stepSize'] = v_stepSize
    st.stop = pos
    return d

cdef class MarketLotSizeFilter(Record):
    """Record of message MarketLotSizeFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_MarketLotSizeFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MarketLotSizeFilter as a MarketLotSizeFilter record; ``pos`` is the start of the root block."""
    cdef MarketLotSizeFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of MarketLotSizeFilter', pos, bl, end - pos)
    if bl < 25:
        raise_short_block('MarketLotSizeFilter', _BF_MarketLotSizeFilter, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p)
    r = MarketLotSizeFilter.__new__(MarketLotSizeFilter)
    r._dec = st.dec
    r.filterType = _K7
    r.c_qtyExponent = x0_qtyExponent
    r.c_minQty = sbe_i64le(p + 1)
    r.e_minQty = x0_qtyExponent
    r.c_maxQty = sbe_i64le(p + 9)
    r.e_maxQty = x0_qtyExponent
    r.c_stepSize = sbe_i64le(p + 17)
    r.e_stepSize = x0_qtyExponent
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_MaxNumOrdersFilter = (('maxNumOrders', 8, 0),)
cdef dict _m_MaxNumOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxNumOrdersFilter (template 9); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MaxNumOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('MaxNumOrdersFilter', _BF_MaxNumOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K8
    v_maxNumOrders = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T13)
    d['$message'] = 'MaxNumOrdersFilter'
    d['filterType'] = v_filterType
    d['maxNumOrders'] = v_maxNumOrders
    st.stop = pos
    return d

cdef class MaxNumOrdersFilter(Record):
    """Record of message MaxNumOrdersFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_MaxNumOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxNumOrdersFilter as a MaxNumOrdersFilter record; ``pos`` is the start of the root block."""
    cdef MaxNumOrdersFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MaxNumOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('MaxNumOrdersFilter', _BF_MaxNumOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    r = MaxNumOrdersFilter.__new__(MaxNumOrdersFilter)
    r._dec = st.dec
    r.filterType = _K8
    r.maxNumOrders = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_MaxNumAlgoOrdersFilter = (('maxNumAlgoOrders', 8, 0),)
cdef dict _m_MaxNumAlgoOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxNumAlgoOrdersFilter (template 10); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MaxNumAlgoOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('MaxNumAlgoOrdersFilter', _BF_MaxNumAlgoOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K9
    v_maxNumAlgoOrders = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T14)
    d['$message'] = 'MaxNumAlgoOrdersFilter'
    d['filterType'] = v_filterType
    d['maxNumAlgoOrders'] = v_maxNumAlgoOrders
    st.stop = pos
    return d

cdef class MaxNumAlgoOrdersFilter(Record):
    """Record of message MaxNumAlgoOrdersFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_MaxNumAlgoOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxNumAlgoOrdersFilter as a MaxNumAlgoOrdersFilter record; ``pos`` is the start of the root block."""
    cdef MaxNumAlgoOrdersFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MaxNumAlgoOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('MaxNumAlgoOrdersFilter', _BF_MaxNumAlgoOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    r = MaxNumAlgoOrdersFilter.__new__(MaxNumAlgoOrdersFilter)
    r._dec = st.dec
    r.filterType = _K9
    r.maxNumAlgoOrders = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_MaxNumIcebergOrdersFilter = (('maxNumIcebergOrders', 8, 0),)
cdef dict _m_MaxNumIcebergOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxNumIcebergOrdersFilter (template 11); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MaxNumIcebergOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('MaxNumIcebergOrdersFilter', _BF_MaxNumIcebergOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K10
    v_maxNumIcebergOrders = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T15)
    d['$message'] = 'MaxNumIcebergOrdersFilter'
    d['filterType'] = v_filterType
    d['maxNumIcebergOrders'] = v_maxNumIcebergOrders
    st.stop = pos
    return d

cdef class MaxNumIcebergOrdersFilter(Record):
    """Record of message MaxNumIcebergOrdersFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_MaxNumIcebergOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxNumIcebergOrdersFilter as a MaxNumIcebergOrdersFilter record; ``pos`` is the start of the root block."""
    cdef MaxNumIcebergOrdersFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MaxNumIcebergOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('MaxNumIcebergOrdersFilter', _BF_MaxNumIcebergOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    r = MaxNumIcebergOrdersFilter.__new__(MaxNumIcebergOrdersFilter)
    r._dec = st.dec
    r.filterType = _K10
    r.maxNumIcebergOrders = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_MaxPositionFilter = (('qtyExponent', 1, 0), ('maxPosition', 9, 0))
cdef dict _m_MaxPositionFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxPositionFilter (template 12); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of MaxPositionFilter', pos, bl, end - pos)
    if bl < 9:
        raise_short_block('MaxPositionFilter', _BF_MaxPositionFilter, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p)
    v_filterType = _K11
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_maxPosition = mant_i64(sbe_i64le(p + 1), 0, 0, x0_qtyExponent, st.dec)
    pos += bl
    d = PyDict_Copy(_T16 if st.dec == DEC_RAW else _T17)
    d['$message'] = 'MaxPositionFilter'
    d['filterType'] = v_filterType
    if st.dec == DEC_RAW:
        d['qtyExponent'] = v_qtyExponent
    d['maxPosition'] = v_maxPosition
    st.stop = pos
    return d

cdef class MaxPositionFilter(Record):
    """Record of message MaxPositionFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_MaxPositionFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxPositionFilter as a MaxPositionFilter record; ``pos`` is the start of the root block."""
    cdef MaxPositionFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of MaxPositionFilter', pos, bl, end - pos)
    if bl < 9:
        raise_short_block('MaxPositionFilter', _BF_MaxPositionFilter, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p)
    r = MaxPositionFilter.__new__(MaxPositionFilter)
    r._dec = st.dec
    r.filterType = _K11
    r.c_qtyExponent = x0_qtyExponent
    r.c_maxPosition = sbe_i64le(p + 1)
    r.e_maxPosition = x0_qtyExponent
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_TrailingDeltaFilter = (('minTrailingAboveDelta', 8, 0), ('maxTrailingAboveDelta', 16, 0), ('minTrailingBelowDelta', 24, 0), ('maxTrailingBelowDelta', 32, 0))
cdef dict _m_TrailingDeltaFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TrailingDeltaFilter (template 13); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of TrailingDeltaFilter', pos, bl, end - pos)
    if bl < 32:
        raise_short_block('TrailingDeltaFilter', _BF_TrailingDeltaFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K12
    v_minTrailingAboveDelta = sbe_i64le(p)
    v_maxTrailingAboveDelta = sbe_i64le(p + 8)
    v_minTrailingBelowDelta = sbe_i64le(p + 16)
    v_maxTrailingBelowDelta = sbe_i64le(p + 24)
    pos += bl
    d = PyDict_Copy(_T18)
    d['$message'] = 'TrailingDeltaFilter'
    d['filterType'] = v_filterType
    d['minTrailingAboveDelta'] = v_minTrailingAboveDelta
    d['maxTrailingAboveDelta'] = v_maxTrailingAboveDelta
    d['minTrailingBelowDelta'] = v_minTrailingBelowDelta
    d['maxTrailingBelowDelta'] = v_maxTrailingBelowDelta
    st.stop = pos
    return d

cdef class TrailingDeltaFilter(Record):
    """Record of message TrailingDeltaFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_TrailingDeltaFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TrailingDeltaFilter as a TrailingDeltaFilter record; ``pos`` is the start of the root block."""
    cdef TrailingDeltaFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of TrailingDeltaFilter', pos, bl, end - pos)
    if bl < 32:
        raise_short_block('TrailingDeltaFilter', _BF_TrailingDeltaFilter, ver, bl, pos)
    p = st.buf + pos
    r = TrailingDeltaFilter.__new__(TrailingDeltaFilter)
    r._dec = st.dec
    r.filterType = _K12
    r.minTrailingAboveDelta = sbe_i64le(p)
    r.maxTrailingAboveDelta = sbe_i64le(p + 8)
    r.minTrailingBelowDelta = sbe_i64le(p + 16)
    r.maxTrailingBelowDelta = sbe_i64le(p + 24)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_TPlusSellFilter = (('endTime', 8, 0),)
cdef dict _m_TPlusSellFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TPlusSellFilter (template 14); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of TPlusSellFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('TPlusSellFilter', _BF_TPlusSellFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K13
    v_endTime = opt_i64(sbe_i64le(p), INT64_MIN)
    pos += bl
    d = PyDict_Copy(_T19)
    d['$message'] = 'TPlusSellFilter'
    d['filterType'] = v_filterType
    d['endTime'] = v_endTime
    st.stop = pos
    return d

cdef class TPlusSellFilter(Record):
    """Record of message TPlusSellFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_TPlusSellFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TPlusSellFilter as a TPlusSellFilter record; ``pos`` is the start of the root block."""
    cdef TPlusSellFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of TPlusSellFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('TPlusSellFilter', _BF_TPlusSellFilter, ver, bl, pos)
    p = st.buf + pos
    r = TPlusSellFilter.__new__(TPlusSellFilter)
    r._dec = st.dec
    r.filterType = _K13
    r.endTime = opt_i64(sbe_i64le(p), INT64_MIN)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_MaxNumOrderListsFilter = (('maxNumOrderLists', 8, 0),)
cdef dict _m_MaxNumOrderListsFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxNumOrderListsFilter (template 18); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MaxNumOrderListsFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('MaxNumOrderListsFilter', _BF_MaxNumOrderListsFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K14
    v_maxNumOrderLists = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T20)
    d['$message'] = 'MaxNumOrderListsFilter'
    d['filterType'] = v_filterType
    d['maxNumOrderLists'] = v_maxNumOrderLists
    st.stop = pos
    return d

cdef class MaxNumOrderListsFilter(Record):
    """Record of message MaxNumOrderListsFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_MaxNumOrderListsFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxNumOrderListsFilter as a MaxNumOrderListsFilter record; ``pos`` is the start of the root block."""
    cdef MaxNumOrderListsFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MaxNumOrderListsFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('MaxNumOrderListsFilter', _BF_MaxNumOrderListsFilter, ver, bl, pos)
    p = st.buf + pos
    r = MaxNumOrderListsFilter.__new__(MaxNumOrderListsFilter)
    r._dec = st.dec
    r.filterType = _K14
    r.maxNumOrderLists = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_MaxNumOrderAmendsFilter = (('maxNumOrderAmends', 8, 0),)
cdef dict _m_MaxNumOrderAmendsFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxNumOrderAmendsFilter (template 20); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MaxNumOrderAmendsFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('MaxNumOrderAmendsFilter', _BF_MaxNumOrderAmendsFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K15
    v_maxNumOrderAmends = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T21)
    d['$message'] = 'MaxNumOrderAmendsFilter'
    d['filterType'] = v_filterType
    d['maxNumOrderAmends'] = v_maxNumOrderAmends
    st.stop = pos
    return d

cdef class MaxNumOrderAmendsFilter(Record):
    """Record of message MaxNumOrderAmendsFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_MaxNumOrderAmendsFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxNumOrderAmendsFilter as a MaxNumOrderAmendsFilter record; ``pos`` is the start of the root block."""
    cdef MaxNumOrderAmendsFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MaxNumOrderAmendsFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('MaxNumOrderAmendsFilter', _BF_MaxNumOrderAmendsFilter, ver, bl, pos)
    p = st.buf + pos
    r = MaxNumOrderAmendsFilter.__new__(MaxNumOrderAmendsFilter)
    r._dec = st.dec
    r.filterType = _K15
    r.maxNumOrderAmends = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_ExchangeMaxNumOrdersFilter = (('maxNumOrders', 8, 0),)
cdef dict _m_ExchangeMaxNumOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExchangeMaxNumOrdersFilter (template 15); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExchangeMaxNumOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ExchangeMaxNumOrdersFilter', _BF_ExchangeMaxNumOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K16
    v_maxNumOrders = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T13)
    d['$message'] = 'ExchangeMaxNumOrdersFilter'
    d['filterType'] = v_filterType
    d['maxNumOrders'] = v_maxNumOrders
    st.stop = pos
    return d

cdef class ExchangeMaxNumOrdersFilter(Record):
    """Record of message ExchangeMaxNumOrdersFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_ExchangeMaxNumOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExchangeMaxNumOrdersFilter as a ExchangeMaxNumOrdersFilter record; ``pos`` is the start of the root block."""
    cdef ExchangeMaxNumOrdersFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExchangeMaxNumOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ExchangeMaxNumOrdersFilter', _BF_ExchangeMaxNumOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    r = ExchangeMaxNumOrdersFilter.__new__(ExchangeMaxNumOrdersFilter)
    r._dec = st.dec
    r.filterType = _K16
    r.maxNumOrders = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_ExchangeMaxNumAlgoOrdersFilter = (('maxNumAlgoOrders', 8, 0),)
cdef dict _m_ExchangeMaxNumAlgoOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExchangeMaxNumAlgoOrdersFilter (template 16); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExchangeMaxNumAlgoOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ExchangeMaxNumAlgoOrdersFilter', _BF_ExchangeMaxNumAlgoOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K17
    v_maxNumAlgoOrders = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T14)
    d['$message'] = 'ExchangeMaxNumAlgoOrdersFilter'
    d['filterType'] = v_filterType
    d['maxNumAlgoOrders'] = v_maxNumAlgoOrders
    st.stop = pos
    return d

cdef class ExchangeMaxNumAlgoOrdersFilter(Record):
    """Record of message ExchangeMaxNumAlgoOrdersFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_ExchangeMaxNumAlgoOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExchangeMaxNumAlgoOrdersFilter as a ExchangeMaxNumAlgoOrdersFilter record; ``pos`` is the start of the root block."""
    cdef ExchangeMaxNumAlgoOrdersFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExchangeMaxNumAlgoOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ExchangeMaxNumAlgoOrdersFilter', _BF_ExchangeMaxNumAlgoOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    r = ExchangeMaxNumAlgoOrdersFilter.__new__(ExchangeMaxNumAlgoOrdersFilter)
    r._dec = st.dec
    r.filterType = _K17
    r.maxNumAlgoOrders = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_ExchangeMaxNumIcebergOrdersFilter = (('maxNumIcebergOrders', 8, 0),)
cdef dict _m_ExchangeMaxNumIcebergOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExchangeMaxNumIcebergOrdersFilter (template 17); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExchangeMaxNumIcebergOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ExchangeMaxNumIcebergOrdersFilter', _BF_ExchangeMaxNumIcebergOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K18
    v_maxNumIcebergOrders = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T15)
    d['$message'] = 'ExchangeMaxNumIcebergOrdersFilter'
    d['filterType'] = v_filterType
    d['maxNumIcebergOrders'] = v_maxNumIcebergOrders
    st.stop = pos
    return d

cdef class ExchangeMaxNumIcebergOrdersFilter(Record):
    """Record of message ExchangeMaxNumIcebergOrdersFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_ExchangeMaxNumIcebergOrdersFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExchangeMaxNumIcebergOrdersFilter as a ExchangeMaxNumIcebergOrdersFilter record; ``pos`` is the start of the root block."""
    cdef ExchangeMaxNumIcebergOrdersFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExchangeMaxNumIcebergOrdersFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ExchangeMaxNumIcebergOrdersFilter', _BF_ExchangeMaxNumIcebergOrdersFilter, ver, bl, pos)
    p = st.buf + pos
    r = ExchangeMaxNumIcebergOrdersFilter.__new__(ExchangeMaxNumIcebergOrdersFilter)
    r._dec = st.dec
    r.filterType = _K18
    r.maxNumIcebergOrders = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_ExchangeMaxNumOrderListsFilter = (('maxNumOrderLists', 8, 0),)
cdef dict _m_ExchangeMaxNumOrderListsFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExchangeMaxNumOrderListsFilter (template 19); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExchangeMaxNumOrderListsFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ExchangeMaxNumOrderListsFilter', _BF_ExchangeMaxNumOrderListsFilter, ver, bl, pos)
    p = st.buf + pos
    v_filterType = _K19
    v_maxNumOrderLists = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T20)
    d['$message'] = 'ExchangeMaxNumOrderListsFilter'
    d['filterType'] = v_filterType
    d['maxNumOrderLists'] = v_maxNumOrderLists
    st.stop = pos
    return d

cdef class ExchangeMaxNumOrderListsFilter(Record):
    """Record of message ExchangeMaxNumOrderListsFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_ExchangeMaxNumOrderListsFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExchangeMaxNumOrderListsFilter as a ExchangeMaxNumOrderListsFilter record; ``pos`` is the start of the root block."""
    cdef ExchangeMaxNumOrderListsFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExchangeMaxNumOrderListsFilter', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ExchangeMaxNumOrderListsFilter', _BF_ExchangeMaxNumOrderListsFilter, ver, bl, pos)
    p = st.buf + pos
    r = ExchangeMaxNumOrderListsFilter.__new__(ExchangeMaxNumOrderListsFilter)
    r._dec = st.dec
    r.filterType = _K19
    r.maxNumOrderLists = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_MaxAssetFilter = (('qtyExponent', 1, 0), ('maxQty', 9, 0))
cdef dict _m_MaxAssetFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxAssetFilter (template 21); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of MaxAssetFilter', pos, bl, end - pos)
    if bl < 9:
        raise_short_block('MaxAssetFilter', _BF_MaxAssetFilter, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p)
    v_filterType = _K20
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_maxQty = mant_i64(sbe_i64le(p + 1), 0, 0, x0_qtyExponent, st.dec)
    pos += bl
    v_asset = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
    d = PyDict_Copy(_T22 if st.dec == DEC_RAW else _T23)
    d['$message'] = 'MaxAssetFilter'
    d['filterType'] = v_filterType
    if st.dec == DEC_RAW:
        d['qtyExponent'] = v_qtyExponent
    d['maxQty'] = v_maxQty
    d['asset'] = v_asset
    st.stop = pos
    return d

cdef class MaxAssetFilter(Record):
    """Record of message MaxAssetFilter; ``to_dict()`` gives the dict form."""


cdef object _mr_MaxAssetFilter(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MaxAssetFilter as a MaxAssetFilter record; ``pos`` is the start of the root block."""
    cdef MaxAssetFilter r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of MaxAssetFilter', pos, bl, end - pos)
    if bl < 9:
        raise_short_block('MaxAssetFilter', _BF_MaxAssetFilter, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p)
    r = MaxAssetFilter.__new__(MaxAssetFilter)
    r._dec = st.dec
    r.filterType = _K20
    r.c_qtyExponent = x0_qtyExponent
    r.c_maxQty = sbe_i64le(p + 1)
    r.e_maxQty = x0_qtyExponent
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
    r.asset = v_
    st.stop = pos
    return r

cdef tuple _BF_PriceRangeExecutionRule = (('multiplierExponent', 1, 0), ('bidLimitMultUp', 9, 0), ('bidLimitMultDown', 17, 0), ('askLimitMultUp', 25, 0), ('askLimitMultDown', 33, 0))
cdef dict _m_PriceRangeExecutionRule(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PriceRangeExecutionRule (template 22); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_multiplierExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of PriceRangeExecutionRule', pos, bl, end - pos)
    if bl < 33:
        raise_short_block('PriceRangeExecutionRule', _BF_PriceRangeExecutionRule, ver, bl, pos)
    p = st.buf + pos
    x0_multiplierExponent = sbe_i8(p)
    v_ruleType = _K21
    v_multiplierExponent = None if x0_multiplierExponent == EXP_NONE else x0_multiplierExponent
    v_bidLimitMultUp = mant_i64(sbe_i64le(p + 1), 1, INT64_MIN, x0_multiplierExponent, st.dec)
    v_bidLimitMultDown = mant_i64(sbe_i64le(p + 9), 1, INT64_MIN, x0_multiplierExponent, st.dec)
    v_askLimitMultUp = mant_i64(sbe_i64le(p + 17), 1, INT64_MIN, x0_multiplierExponent, st.dec)
    v_askLimitMultDown = mant_i64(sbe_i64le(p + 25), 1, INT64_MIN, x0_multiplierExponent, st.dec)
    pos += bl
    d = PyDict_Copy(_T24 if st.dec == DEC_RAW else _T25)
    d['$message'] = 'PriceRangeExecutionRule'
    d['ruleType'] = v_ruleType
    if st.dec == DEC_RAW:
        d['multiplierExponent'] = v_multiplierExponent
    d['bidLimitMultUp'] = v_bidLimitMultUp
    d['bidLimitMultDown'] = v_bidLimitMultDown
    d['askLimitMultUp'] = v_askLimitMultUp
    d['askLimitMultDown'] = v_askLimitMultDown
    st.stop = pos
    return d

cdef class PriceRangeExecutionRule(Record):
    """Record of message PriceRangeExecutionRule; ``to_dict()`` gives the dict form."""


cdef object _mr_PriceRangeExecutionRule(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PriceRangeExecutionRule as a PriceRangeExecutionRule record; ``pos`` is the start of the root block."""
    cdef PriceRangeExecutionRule r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_multiplierExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of PriceRangeExecutionRule', pos, bl, end - pos)
    if bl < 33:
        raise_short_block('PriceRangeExecutionRule', _BF_PriceRangeExecutionRule, ver, bl, pos)
    p = st.buf + pos
    x0_multiplierExponent = sbe_i8(p)
    r = PriceRangeExecutionRule.__new__(PriceRangeExecutionRule)
    r._dec = st.dec
    r.ruleType = _K21
    r.c_multiplierExponent = x0_multiplierExponent
    r.c_bidLimitMultUp = sbe_i64le(p + 1)
    r.e_bidLimitMultUp = x0_multiplierExponent
    r.c_bidLimitMultDown = sbe_i64le(p + 9)
    r.e_bidLimitMultDown = x0_multiplierExponent
    r.c_askLimitMultUp = sbe_i64le(p + 17)
    r.e_askLimitMultUp = x0_multiplierExponent
    r.c_askLimitMultDown = sbe_i64le(p + 25)
    r.e_askLimitMultDown = x0_multiplierExponent
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_WebSocketResponse = (('sbeSchemaIdVersionDeprecated', 1, 0), ('status', 3, 0))
cdef dict _m_WebSocketResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """WebSocketResponse (template 50); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of WebSocketResponse', pos, bl, end - pos)
    if bl < 3:
        raise_short_block('WebSocketResponse', _BF_WebSocketResponse, ver, bl, pos)
    p = st.buf + pos
    t_u = sbe_u8(p)
    v_sbeSchemaIdVersionDeprecated = _E_boolEnum[t_u]
    v_status = sbe_u16le(p + 1)
    pos += bl
    v_rateLimits = _g_WebSocketResponse__rateLimits(st, &pos, end, ver)
    v_id = var_text(st, &pos, end, 1, 0, 255, 0, 'id')
    n_ = read_length(st, pos, end, 4, 0, 2147483647, 'result')
    if n_ == 0 and 0:
        v_result = None
    elif st.grp == GRP_FLAT:  # decoded on first access
        v_result = lazy_message(st, pos + 4, n_, _dispatch)
    else:
        st.depth += 1
        if st.depth > MAX_NESTING:
            raise_malformed("messageData nested deeper than %d levels in 'result'" % MAX_NESTING, pos)
        try:
            v_result = _dispatch(st, pos + 4, pos + 4 + n_)
        except DecodeError as err:
            err._prepend('result')
            raise
        st.depth -= 1
    pos += 4 + n_
    d = PyDict_Copy(_T26)
    d['$message'] = 'WebSocketResponse'
    d['sbeSchemaIdVersionDeprecated'] = v_sbeSchemaIdVersionDeprecated
    d['status'] = v_status
    d['rateLimits'] = v_rateLimits
    d['id'] = v_id
    d['result'] = v_result
    st.stop = pos
    return d

cdef tuple _BF_WebSocketResponse__rateLimits = (('rateLimitType', 1, 0), ('interval', 2, 0), ('intervalNum', 3, 0), ('rateLimit', 11, 0), ('current', 19, 0))
cdef GroupSpec _GS_WebSocketResponse__rateLimits
cdef object _nf_WebSocketResponse__rateLimits(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group rateLimits as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_WebSocketResponse__rateLimits, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 19
        memcpy(q + 0, p + 0, 1)
        memcpy(q + 1, p + 1, 1)
        memcpy(q + 2, p + 2, 1)
        memcpy(q + 3, p + 3, 8)
        memcpy(q + 11, p + 11, 8)
    return out

cdef object _g_WebSocketResponse__rateLimits(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group rateLimits: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('rateLimits', "dimension of group 'rateLimits'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('rateLimits', n, 65535, bl + 0, pos, end - pos)
    if bl < 19:
        raise_short_block('group rateLimits', _BF_WebSocketResponse__rateLimits, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_WebSocketResponse__rateLimits(st, st.buf + pos, bl, n, ver)
        return fixed_group_numpy(st, _GS_WebSocketResponse__rateLimits, pos, bl, n, ver, ())
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            t_u = sbe_u8(p)
            v_rateLimitType = _E_rateLimitType[t_u]
            t_u = sbe_u8(p + 1)
            v_interval = _E_rateLimitInterval[t_u]
            v_intervalNum = sbe_u8(p + 2)
            v_rateLimit = sbe_i64le(p + 3)
            v_current = sbe_i64le(p + 11)
            e = PyDict_Copy(_T27)
            e['rateLimitType'] = v_rateLimitType
            e['interval'] = v_interval
            e['intervalNum'] = v_intervalNum
            e['rateLimit'] = v_rateLimit
            e['current'] = v_current
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('rateLimits')
        raise
    ppos[0] = pos
    return rows

cdef class WebSocketResponse(Record):
    """Record of message WebSocketResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_WebSocketResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """WebSocketResponse as a WebSocketResponse record; ``pos`` is the start of the root block."""
    cdef WebSocketResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of WebSocketResponse', pos, bl, end - pos)
    if bl < 3:
        raise_short_block('WebSocketResponse', _BF_WebSocketResponse, ver, bl, pos)
    p = st.buf + pos
    r = WebSocketResponse.__new__(WebSocketResponse)
    r._dec = st.dec
    t_u = sbe_u8(p)
    r.sbeSchemaIdVersionDeprecated = _E_boolEnum[t_u]
    r.status = sbe_u16le(p + 1)
    pos += bl
    r.rateLimits = _gr_WebSocketResponse__rateLimits(st, &pos, end, ver) if st.grp == GRP_LIST else _g_WebSocketResponse__rateLimits(st, &pos, end, ver)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'id')
    r.id = v_
    n_ = read_length(st, pos, end, 4, 0, 2147483647, 'result')
    if n_ == 0 and 0:
        v_ = None
    elif st.grp == GRP_FLAT:  # decoded on first access
        v_ = lazy_message(st, pos + 4, n_, _dispatch)
    else:
        st.depth += 1
        if st.depth > MAX_NESTING:
            raise_malformed("messageData nested deeper than %d levels in 'result'" % MAX_NESTING, pos)
        try:
            v_ = _dispatch(st, pos + 4, pos + 4 + n_)
        except DecodeError as err:
            err._prepend('result')
            raise
        st.depth -= 1
    pos += 4 + n_
    r.result = v_
    st.stop = pos
    return r

cdef class WebSocketResponse_rateLimits(Record):
    """Record of entry of group rateLimits; ``to_dict()`` gives the dict form."""


cdef list _gr_WebSocketResponse__rateLimits(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group rateLimits as a list of WebSocketResponse_rateLimits records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef WebSocketResponse_rateLimits e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('rateLimits', "dimension of group 'rateLimits'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('rateLimits', n, 65535, bl + 0, pos, end - pos)
    if bl < 19:
        raise_short_block('group rateLimits', _BF_WebSocketResponse__rateLimits, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = WebSocketResponse_rateLimits.__new__(WebSocketResponse_rateLimits)
            e._dec = st.dec
            t_u = sbe_u8(p)
            e.rateLimitType = _E_rateLimitType[t_u]
            t_u = sbe_u8(p + 1)
            e.interval = _E_rateLimitInterval[t_u]
            e.intervalNum = sbe_u8(p + 2)
            e.rateLimit = sbe_i64le(p + 3)
            e.current = sbe_i64le(p + 11)
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('rateLimits')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_WebSocketSessionLogonResponse = (('authorizedSince', 8, 0), ('connectedSince', 16, 0), ('returnRateLimits', 17, 0), ('serverTime', 25, 0), ('userDataStream', 26, 0))
cdef dict _m_WebSocketSessionLogonResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """WebSocketSessionLogonResponse (template 51); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of WebSocketSessionLogonResponse', pos, bl, end - pos)
    if bl < 26:
        raise_short_block('WebSocketSessionLogonResponse', _BF_WebSocketSessionLogonResponse, ver, bl, pos)
    p = st.buf + pos
    v_authorizedSince = sbe_i64le(p)
    v_connectedSince = sbe_i64le(p + 8)
    t_u = sbe_u8(p + 16)
    v_returnRateLimits = _E_boolEnum[t_u]
    v_serverTime = sbe_i64le(p + 17)
    t_u = sbe_u8(p + 25)
    v_userDataStream = None if t_u == 255 else _E_boolEnum[t_u]
    pos += bl
    v_loggedOnApiKey = var_text(st, &pos, end, 2, 0, 65535, 0, 'loggedOnApiKey')
    d = PyDict_Copy(_T28)
    d['$message'] = 'WebSocketSessionLogonResponse'
    d['authorizedSince'] = v_authorizedSince
    d['connectedSince'] = v_connectedSince
    d['returnRateLimits'] = v_returnRateLimits
    d['serverTime'] = v_serverTime
    d['userDataStream'] = v_userDataStream
    d['loggedOnApiKey'] = v_loggedOnApiKey
    st.stop = pos
    return d

cdef class WebSocketSessionLogonResponse(Record):
    """Record of message WebSocketSessionLogonResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_WebSocketSessionLogonResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """WebSocketSessionLogonResponse as a WebSocketSessionLogonResponse record; ``pos`` is the start of the root block."""
    cdef WebSocketSessionLogonResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of WebSocketSessionLogonResponse', pos, bl, end - pos)
    if bl < 26:
        raise_short_block('WebSocketSessionLogonResponse', _BF_WebSocketSessionLogonResponse, ver, bl, pos)
    p = st.buf + pos
    r = WebSocketSessionLogonResponse.__new__(WebSocketSessionLogonResponse)
    r._dec = st.dec
    r.authorizedSince = sbe_i64le(p)
    r.connectedSince = sbe_i64le(p + 8)
    t_u = sbe_u8(p + 16)
    r.returnRateLimits = _E_boolEnum[t_u]
    r.serverTime = sbe_i64le(p + 17)
    t_u = sbe_u8(p + 25)
    r.userDataStream = None if t_u == 255 else _E_boolEnum[t_u]
    pos += bl
    v_ = var_text(st, &pos, end, 2, 0, 65535, 0, 'loggedOnApiKey')
    r.loggedOnApiKey = v_
    st.stop = pos
    return r

cdef tuple _BF_WebSocketSessionStatusResponse = (('authorizedSince', 8, 0), ('connectedSince', 16, 0), ('returnRateLimits', 17, 0), ('serverTime', 25, 0), ('userDataStream', 26, 0))
cdef dict _m_WebSocketSessionStatusResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """WebSocketSessionStatusResponse (template 52); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of WebSocketSessionStatusResponse', pos, bl, end - pos)
    if bl < 26:
        raise_short_block('WebSocketSessionStatusResponse', _BF_WebSocketSessionStatusResponse, ver, bl, pos)
    p = st.buf + pos
    v_authorizedSince = opt_i64(sbe_i64le(p), INT64_MIN)
    v_connectedSince = sbe_i64le(p + 8)
    t_u = sbe_u8(p + 16)
    v_returnRateLimits = _E_boolEnum[t_u]
    v_serverTime = sbe_i64le(p + 17)
    t_u = sbe_u8(p + 25)
    v_userDataStream = None if t_u == 255 else _E_boolEnum[t_u]
    pos += bl
    v_loggedOnApiKey = var_text(st, &pos, end, 2, 0, 65535, 1, 'loggedOnApiKey')
    d = PyDict_Copy(_T28)
    d['$message'] = 'WebSocketSessionStatusResponse'
    d['authorizedSince'] = v_authorizedSince
    d['connectedSince'] = v_connectedSince
    d['returnRateLimits'] = v_returnRateLimits
    d['serverTime'] = v_serverTime
    d['userDataStream'] = v_userDataStream
    d['loggedOnApiKey'] = v_loggedOnApiKey
    st.stop = pos
    return d

cdef class WebSocketSessionStatusResponse(Record):
    """Record of message WebSocketSessionStatusResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_WebSocketSessionStatusResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """WebSocketSessionStatusResponse as a WebSocketSessionStatusResponse record; ``pos`` is the start of the root block."""
    cdef WebSocketSessionStatusResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of WebSocketSessionStatusResponse', pos, bl, end - pos)
    if bl < 26:
        raise_short_block('WebSocketSessionStatusResponse', _BF_WebSocketSessionStatusResponse, ver, bl, pos)
    p = st.buf + pos
    r = WebSocketSessionStatusResponse.__new__(WebSocketSessionStatusResponse)
    r._dec = st.dec
    r.authorizedSince = opt_i64(sbe_i64le(p), INT64_MIN)
    r.connectedSince = sbe_i64le(p + 8)
    t_u = sbe_u8(p + 16)
    r.returnRateLimits = _E_boolEnum[t_u]
    r.serverTime = sbe_i64le(p + 17)
    t_u = sbe_u8(p + 25)
    r.userDataStream = None if t_u == 255 else _E_boolEnum[t_u]
    pos += bl
    v_ = var_text(st, &pos, end, 2, 0, 65535, 1, 'loggedOnApiKey')
    r.loggedOnApiKey = v_
    st.stop = pos
    return r

cdef tuple _BF_WebSocketSessionLogoutResponse = (('authorizedSince', 8, 0), ('connectedSince', 16, 0), ('returnRateLimits', 17, 0), ('serverTime', 25, 0), ('userDataStream', 26, 0))
cdef dict _m_WebSocketSessionLogoutResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """WebSocketSessionLogoutResponse (template 53); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of WebSocketSessionLogoutResponse', pos, bl, end - pos)
    if bl < 26:
        raise_short_block('WebSocketSessionLogoutResponse', _BF_WebSocketSessionLogoutResponse, ver, bl, pos)
    p = st.buf + pos
    v_authorizedSince = opt_i64(sbe_i64le(p), INT64_MIN)
    v_connectedSince = sbe_i64le(p + 8)
    t_u = sbe_u8(p + 16)
    v_returnRateLimits = _E_boolEnum[t_u]
    v_serverTime = sbe_i64le(p + 17)
    t_u = sbe_u8(p + 25)
    v_userDataStream = None if t_u == 255 else _E_boolEnum[t_u]
    pos += bl
    v_loggedOnApiKey = var_text(st, &pos, end, 2, 0, 65535, 1, 'loggedOnApiKey')
    d = PyDict_Copy(_T28)
    d['$message'] = 'WebSocketSessionLogoutResponse'
    d['authorizedSince'] = v_authorizedSince
    d['connectedSince'] = v_connectedSince
    d['returnRateLimits'] = v_returnRateLimits
    d['serverTime'] = v_serverTime
    d['userDataStream'] = v_userDataStream
    d['loggedOnApiKey'] = v_loggedOnApiKey
    st.stop = pos
    return d

cdef class WebSocketSessionLogoutResponse(Record):
    """Record of message WebSocketSessionLogoutResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_WebSocketSessionLogoutResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """WebSocketSessionLogoutResponse as a WebSocketSessionLogoutResponse record; ``pos`` is the start of the root block."""
    cdef WebSocketSessionLogoutResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of WebSocketSessionLogoutResponse', pos, bl, end - pos)
    if bl < 26:
        raise_short_block('WebSocketSessionLogoutResponse', _BF_WebSocketSessionLogoutResponse, ver, bl, pos)
    p = st.buf + pos
    r = WebSocketSessionLogoutResponse.__new__(WebSocketSessionLogoutResponse)
    r._dec = st.dec
    r.authorizedSince = opt_i64(sbe_i64le(p), INT64_MIN)
    r.connectedSince = sbe_i64le(p + 8)
    t_u = sbe_u8(p + 16)
    r.returnRateLimits = _E_boolEnum[t_u]
    r.serverTime = sbe_i64le(p + 17)
    t_u = sbe_u8(p + 25)
    r.userDataStream = None if t_u == 255 else _E_boolEnum[t_u]
    pos += bl
    v_ = var_text(st, &pos, end, 2, 0, 65535, 1, 'loggedOnApiKey')
    r.loggedOnApiKey = v_
    st.stop = pos
    return r

cdef tuple _BF_WebSocketSessionSubscriptionsResponse = ()
cdef dict _m_WebSocketSessionSubscriptionsResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """WebSocketSessionSubscriptionsResponse (template 54); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of WebSocketSessionSubscriptionsResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('WebSocketSessionSubscriptionsResponse', _BF_WebSocketSessionSubscriptionsResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_subscriptions = _g_WebSocketSessionSubscriptionsResponse__subscriptions(st, &pos, end, ver)
    d = PyDict_Copy(_T29)
    d['$message'] = 'WebSocketSessionSubscriptionsResponse'
    d['subscriptions'] = v_subscriptions
    st.stop = pos
    return d

cdef tuple _BF_WebSocketSessionSubscriptionsResponse__subscriptions = (('subscriptionId', 2, 0), ('expirationTime', 10, 0))
cdef GroupSpec _GS_WebSocketSessionSubscriptionsResponse__subscriptions
cdef object _nf_WebSocketSessionSubscriptionsResponse__subscriptions(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group subscriptions as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_WebSocketSessionSubscriptionsResponse__subscriptions, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 10
        memcpy(q + 0, p + 0, 2)
        memcpy(q + 2, p + 2, 8)
    return out

cdef object _g_WebSocketSessionSubscriptionsResponse__subscriptions(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group subscriptions: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('subscriptions', "dimension of group 'subscriptions'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('subscriptions', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 10:
        raise_short_block('group subscriptions', _BF_WebSocketSessionSubscriptionsResponse__subscriptions, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_WebSocketSessionSubscriptionsResponse__subscriptions(st, st.buf + pos, bl, n, ver)
        return fixed_group_numpy(st, _GS_WebSocketSessionSubscriptionsResponse__subscriptions, pos, bl, n, ver, ())
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_subscriptionId = sbe_u16le(p)
            v_expirationTime = opt_i64(sbe_i64le(p + 2), INT64_MIN)
            e = PyDict_Copy(_T30)
            e['subscriptionId'] = v_subscriptionId
            e['expirationTime'] = v_expirationTime
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('subscriptions')
        raise
    ppos[0] = pos
    return rows

cdef class WebSocketSessionSubscriptionsResponse(Record):
    """Record of message WebSocketSessionSubscriptionsResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_WebSocketSessionSubscriptionsResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """WebSocketSessionSubscriptionsResponse as a WebSocketSessionSubscriptionsResponse record; ``pos`` is the start of the root block."""
    cdef WebSocketSessionSubscriptionsResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of WebSocketSessionSubscriptionsResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('WebSocketSessionSubscriptionsResponse', _BF_WebSocketSessionSubscriptionsResponse, ver, bl, pos)
    p = st.buf + pos
    r = WebSocketSessionSubscriptionsResponse.__new__(WebSocketSessionSubscriptionsResponse)
    r._dec = st.dec
    pos += bl
    r.subscriptions = _gr_WebSocketSessionSubscriptionsResponse__subscriptions(st, &pos, end, ver) if st.grp == GRP_LIST else _g_WebSocketSessionSubscriptionsResponse__subscriptions(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class WebSocketSessionSubscriptionsResponse_subscriptions(Record):
    """Record of entry of group subscriptions; ``to_dict()`` gives the dict form."""


cdef list _gr_WebSocketSessionSubscriptionsResponse__subscriptions(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group subscriptions as a list of WebSocketSessionSubscriptionsResponse_subscriptions records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef WebSocketSessionSubscriptionsResponse_subscriptions e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('subscriptions', "dimension of group 'subscriptions'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('subscriptions', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 10:
        raise_short_block('group subscriptions', _BF_WebSocketSessionSubscriptionsResponse__subscriptions, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = WebSocketSessionSubscriptionsResponse_subscriptions.__new__(WebSocketSessionSubscriptionsResponse_subscriptions)
            e._dec = st.dec
            e.subscriptionId = sbe_u16le(p)
            e.expirationTime = opt_i64(sbe_i64le(p + 2), INT64_MIN)
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('subscriptions')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_ErrorResponse = (('code', 2, 0), ('serverTime', 10, 0), ('retryAfter', 18, 0))
cdef dict _m_ErrorResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ErrorResponse (template 100); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ErrorResponse', pos, bl, end - pos)
    if bl < 18:
        raise_short_block('ErrorResponse', _BF_ErrorResponse, ver, bl, pos)
    p = st.buf + pos
    v_code = sbe_i16le(p)
    v_serverTime = opt_i64(sbe_i64le(p + 2), INT64_MIN)
    v_retryAfter = opt_i64(sbe_i64le(p + 10), INT64_MIN)
    pos += bl
    v_msg = var_text(st, &pos, end, 2, 0, 65535, 0, 'msg')
    n_ = read_length(st, pos, end, 4, 0, 2147483647, 'data')
    if n_ == 0 and 1:
        v_data = None
    elif st.grp == GRP_FLAT:  # decoded on first access
        v_data = lazy_message(st, pos + 4, n_, _dispatch)
    else:
        st.depth += 1
        if st.depth > MAX_NESTING:
            raise_malformed("messageData nested deeper than %d levels in 'data'" % MAX_NESTING, pos)
        try:
            v_data = _dispatch(st, pos + 4, pos + 4 + n_)
        except DecodeError as err:
            err._prepend('data')
            raise
        st.depth -= 1
    pos += 4 + n_
    d = PyDict_Copy(_T31)
    d['$message'] = 'ErrorResponse'
    d['code'] = v_code
    d['serverTime'] = v_serverTime
    d['retryAfter'] = v_retryAfter
    d['msg'] = v_msg
    d['data'] = v_data
    st.stop = pos
    return d

cdef class ErrorResponse(Record):
    """Record of message ErrorResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_ErrorResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ErrorResponse as a ErrorResponse record; ``pos`` is the start of the root block."""
    cdef ErrorResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ErrorResponse', pos, bl, end - pos)
    if bl < 18:
        raise_short_block('ErrorResponse', _BF_ErrorResponse, ver, bl, pos)
    p = st.buf + pos
    r = ErrorResponse.__new__(ErrorResponse)
    r._dec = st.dec
    r.code = sbe_i16le(p)
    r.serverTime = opt_i64(sbe_i64le(p + 2), INT64_MIN)
    r.retryAfter = opt_i64(sbe_i64le(p + 10), INT64_MIN)
    pos += bl
    v_ = var_text(st, &pos, end, 2, 0, 65535, 0, 'msg')
    r.msg = v_
    n_ = read_length(st, pos, end, 4, 0, 2147483647, 'data')
    if n_ == 0 and 1:
        v_ = None
    elif st.grp == GRP_FLAT:  # decoded on first access
        v_ = lazy_message(st, pos + 4, n_, _dispatch)
    else:
        st.depth += 1
        if st.depth > MAX_NESTING:
            raise_malformed("messageData nested deeper than %d levels in 'data'" % MAX_NESTING, pos)
        try:
            v_ = _dispatch(st, pos + 4, pos + 4 + n_)
        except DecodeError as err:
            err._prepend('data')
            raise
        st.depth -= 1
    pos += 4 + n_
    r.data = v_
    st.stop = pos
    return r

cdef tuple _BF_PingResponse = ()
cdef dict _m_PingResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PingResponse (template 101); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of PingResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('PingResponse', _BF_PingResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    d = PyDict_Copy(_T32)
    d['$message'] = 'PingResponse'
    st.stop = pos
    return d

cdef class PingResponse(Record):
    """Record of message PingResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_PingResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PingResponse as a PingResponse record; ``pos`` is the start of the root block."""
    cdef PingResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of PingResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('PingResponse', _BF_PingResponse, ver, bl, pos)
    p = st.buf + pos
    r = PingResponse.__new__(PingResponse)
    r._dec = st.dec
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_ServerTimeResponse = (('serverTime', 8, 0),)
cdef dict _m_ServerTimeResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ServerTimeResponse (template 102); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ServerTimeResponse', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ServerTimeResponse', _BF_ServerTimeResponse, ver, bl, pos)
    p = st.buf + pos
    v_serverTime = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T33)
    d['$message'] = 'ServerTimeResponse'
    d['serverTime'] = v_serverTime
    st.stop = pos
    return d

cdef class ServerTimeResponse(Record):
    """Record of message ServerTimeResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_ServerTimeResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ServerTimeResponse as a ServerTimeResponse record; ``pos`` is the start of the root block."""
    cdef ServerTimeResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ServerTimeResponse', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ServerTimeResponse', _BF_ServerTimeResponse, ver, bl, pos)
    p = st.buf + pos
    r = ServerTimeResponse.__new__(ServerTimeResponse)
    r._dec = st.dec
    r.serverTime = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_ExchangeInfoResponse = ()
cdef dict _m_ExchangeInfoResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExchangeInfoResponse (template 103); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExchangeInfoResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('ExchangeInfoResponse', _BF_ExchangeInfoResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_rateLimits = _g_ExchangeInfoResponse__rateLimits(st, &pos, end, ver)
    v_exchangeFilters = _g_ExchangeInfoResponse__exchangeFilters(st, &pos, end, ver)
    v_symbols = _g_ExchangeInfoResponse__symbols(st, &pos, end, ver)
    v_sors = _g_ExchangeInfoResponse__sors(st, &pos, end, ver)
    d = PyDict_Copy(_T34)
    d['$message'] = 'ExchangeInfoResponse'
    d['rateLimits'] = v_rateLimits
    d['exchangeFilters'] = v_exchangeFilters
    d['symbols'] = v_symbols
    d['sors'] = v_sors
    st.stop = pos
    return d

cdef tuple _BF_ExchangeInfoResponse__rateLimits = (('rateLimitType', 1, 0), ('interval', 2, 0), ('intervalNum', 3, 0), ('rateLimit', 11, 0))
cdef GroupSpec _GS_ExchangeInfoResponse__rateLimits
cdef object _nf_ExchangeInfoResponse__rateLimits(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group rateLimits as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_ExchangeInfoResponse__rateLimits, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 11
        memcpy(q + 0, p + 0, 1)
        memcpy(q + 1, p + 1, 1)
        memcpy(q + 2, p + 2, 1)
        memcpy(q + 3, p + 3, 8)
    return out

cdef object _g_ExchangeInfoResponse__rateLimits(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group rateLimits: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('rateLimits', "dimension of group 'rateLimits'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('rateLimits', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 11:
        raise_short_block('group rateLimits', _BF_ExchangeInfoResponse__rateLimits, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_ExchangeInfoResponse__rateLimits(st, st.buf + pos, bl, n, ver)
        return fixed_group_numpy(st, _GS_ExchangeInfoResponse__rateLimits, pos, bl, n, ver, ())
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            t_u = sbe_u8(p)
            v_rateLimitType = _E_rateLimitType[t_u]
            t_u = sbe_u8(p + 1)
            v_interval = _E_rateLimitInterval[t_u]
            v_intervalNum = sbe_u8(p + 2)
            v_rateLimit = sbe_i64le(p + 3)
            e = PyDict_Copy(_T35)
            e['rateLimitType'] = v_rateLimitType
            e['interval'] = v_interval
            e['intervalNum'] = v_intervalNum
            e['rateLimit'] = v_rateLimit
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('rateLimits')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_ExchangeInfoResponse__exchangeFilters = ()
cdef GroupSpec _GS_ExchangeInfoResponse__exchangeFilters
cdef object _nf_ExchangeInfoResponse__exchangeFilters(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group exchangeFilters as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_ExchangeInfoResponse__exchangeFilters, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_ExchangeInfoResponse__exchangeFilters(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group exchangeFilters: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('exchangeFilters', "dimension of group 'exchangeFilters'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('exchangeFilters', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group exchangeFilters', _BF_ExchangeInfoResponse__exchangeFilters, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'exchangeFilters'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'filter')
            if n_ == 0 and 0:
                v_filter = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_filter = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'filter'" % MAX_NESTING, pos)
                try:
                    v_filter = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('filter')
                    raise
                st.depth -= 1
            pos += 1 + n_
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T36)
                e['filter'] = v_filter
            else:
                if st.grp == GRP_FLAT:
                    e = v_filter
                else:
                    e = PyDict_Copy(_T36)
                    e['filter'] = v_filter
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('exchangeFilters')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_ExchangeInfoResponse__exchangeFilters, _nf_ExchangeInfoResponse__exchangeFilters(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_ExchangeInfoResponse__exchangeFilters, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_ExchangeInfoResponse__symbols = (('status', 1, 0), ('baseAssetPrecision', 2, 0), ('quoteAssetPrecision', 3, 0), ('baseCommissionPrecision', 4, 0), ('quoteCommissionPrecision', 5, 0), ('orderTypes', 7, 0), ('icebergAllowed', 8, 0), ('ocoAllowed', 9, 0), ('otoAllowed', 10, 0), ('quoteOrderQtyMarketAllowed', 11, 0), ('allowTrailingStop', 12, 0), ('cancelReplaceAllowed', 13, 0), ('amendAllowed', 14, 0), ('isSpotTradingAllowed', 15, 0), ('isMarginTradingAllowed', 16, 0), ('defaultSelfTradePreventionMode', 17, 0), ('allowedSelfTradePreventionModes', 18, 0), ('pegInstructionsAllowed', 19, 1))
cdef GroupSpec _GS_ExchangeInfoResponse__symbols
cdef object _nf_ExchangeInfoResponse__symbols(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group symbols as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_ExchangeInfoResponse__symbols, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 59
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 1)
            memcpy(q + 3, p + 3, 1)
            memcpy(q + 4, p + 4, 1)
            memcpy(q + 5, p + 5, 2)
            memcpy(q + 7, p + 7, 1)
            memcpy(q + 8, p + 8, 1)
            memcpy(q + 9, p + 9, 1)
            memcpy(q + 10, p + 10, 1)
            memcpy(q + 11, p + 11, 1)
            memcpy(q + 12, p + 12, 1)
            memcpy(q + 13, p + 13, 1)
            memcpy(q + 14, p + 14, 1)
            memcpy(q + 15, p + 15, 1)
            memcpy(q + 16, p + 16, 1)
            memcpy(q + 17, p + 17, 1)
            if ver >= 1:
                memcpy(q + 18, p + 18, 1)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 59
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 1)
            memcpy(q + 3, p + 3, 1)
            memcpy(q + 4, p + 4, 1)
            memcpy(q + 5, p + 5, 2)
            memcpy(q + 7, p + 7, 1)
            memcpy(q + 8, p + 8, 1)
            memcpy(q + 9, p + 9, 1)
            memcpy(q + 10, p + 10, 1)
            memcpy(q + 11, p + 11, 1)
            memcpy(q + 12, p + 12, 1)
            memcpy(q + 13, p + 13, 1)
            memcpy(q + 14, p + 14, 1)
            memcpy(q + 15, p + 15, 1)
            memcpy(q + 16, p + 16, 1)
            memcpy(q + 17, p + 17, 1)
            if ver >= 1:
                memcpy(q + 18, p + 18, 1)
    if ver < 1:
        fill_absent(_GS_ExchangeInfoResponse__symbols, out, st.dec, ver)
    return out

cdef object _g_ExchangeInfoResponse__symbols(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group symbols: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('symbols', "dimension of group 'symbols'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('symbols', n, 2147483647, bl + 15, pos, end - pos)
    if bl < (19 if ver >= 1 else 18):
        raise_short_block('group symbols', _BF_ExchangeInfoResponse__symbols, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'symbols'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_filters = _g_ExchangeInfoResponse__symbols__filters(st, &pos, end, ver)
            v_permissionSets = _g_ExchangeInfoResponse__symbols__permissionSets(st, &pos, end, ver)
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_baseAsset = var_text(st, &pos, end, 1, 0, 255, 0, 'baseAsset')
            v_quoteAsset = var_text(st, &pos, end, 1, 0, 255, 0, 'quoteAsset')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T37)
                e['filters'] = v_filters
                e['permissionSets'] = v_permissionSets
                e['symbol'] = v_symbol
                e['baseAsset'] = v_baseAsset
                e['quoteAsset'] = v_quoteAsset
            else:
                t_u = sbe_u8(p)
                v_status = _E_symbolStatus[t_u]
                v_baseAssetPrecision = sbe_u8(p + 1)
                v_quoteAssetPrecision = sbe_u8(p + 2)
                v_baseCommissionPrecision = sbe_u8(p + 3)
                v_quoteCommissionPrecision = sbe_u8(p + 4)
                v_orderTypes = set_value(_S_orderTypes, orderTypes, sbe_u16le(p + 5))
                t_u = sbe_u8(p + 7)
                v_icebergAllowed = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 8)
                v_ocoAllowed = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 9)
                v_otoAllowed = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 10)
                v_quoteOrderQtyMarketAllowed = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 11)
                v_allowTrailingStop = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 12)
                v_cancelReplaceAllowed = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 13)
                v_amendAllowed = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 14)
                v_isSpotTradingAllowed = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 15)
                v_isMarginTradingAllowed = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 16)
                v_defaultSelfTradePreventionMode = _E_selfTradePreventionMode[t_u]
                v_allowedSelfTradePreventionModes = set_value(_S_allowedSelfTradePreventionModes, allowedSelfTradePreventionModes, sbe_u8(p + 17))
                if ver >= 1:
                    t_u = sbe_u8(p + 18)
                    v_pegInstructionsAllowed = None if t_u == 255 else _E_boolEnum[t_u]
                else:
                    v_pegInstructionsAllowed = None
                e = PyDict_Copy(_T38)
                e['status'] = v_status
                e['baseAssetPrecision'] = v_baseAssetPrecision
                e['quoteAssetPrecision'] = v_quoteAssetPrecision
                e['baseCommissionPrecision'] = v_baseCommissionPrecision
                e['quoteCommissionPrecision'] = v_quoteCommissionPrecision
                e['orderTypes'] = v_orderTypes
                e['icebergAllowed'] = v_icebergAllowed
                e['ocoAllowed'] = v_ocoAllowed
                e['otoAllowed'] = v_otoAllowed
                e['quoteOrderQtyMarketAllowed'] = v_quoteOrderQtyMarketAllowed
                e['allowTrailingStop'] = v_allowTrailingStop
                e['cancelReplaceAllowed'] = v_cancelReplaceAllowed
                e['amendAllowed'] = v_amendAllowed
                e['isSpotTradingAllowed'] = v_isSpotTradingAllowed
                e['isMarginTradingAllowed'] = v_isMarginTradingAllowed
                e['defaultSelfTradePreventionMode'] = v_defaultSelfTradePreventionMode
                e['allowedSelfTradePreventionModes'] = v_allowedSelfTradePreventionModes
                e['pegInstructionsAllowed'] = v_pegInstructionsAllowed
                e['filters'] = v_filters
                e['permissionSets'] = v_permissionSets
                e['symbol'] = v_symbol
                e['baseAsset'] = v_baseAsset
                e['quoteAsset'] = v_quoteAsset
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('symbols')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_ExchangeInfoResponse__symbols, _nf_ExchangeInfoResponse__symbols(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_ExchangeInfoResponse__symbols, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_ExchangeInfoResponse__symbols__filters = ()
cdef GroupSpec _GS_ExchangeInfoResponse__symbols__filters
cdef object _nf_ExchangeInfoResponse__symbols__filters(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group filters as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_ExchangeInfoResponse__symbols__filters, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_ExchangeInfoResponse__symbols__filters(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group filters: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('filters', "dimension of group 'filters'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('filters', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group filters', _BF_ExchangeInfoResponse__symbols__filters, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'filters'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'filter')
            if n_ == 0 and 0:
                v_filter = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_filter = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'filter'" % MAX_NESTING, pos)
                try:
                    v_filter = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('filter')
                    raise
                st.depth -= 1
            pos += 1 + n_
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T36)
                e['filter'] = v_filter
            else:
                if st.grp == GRP_FLAT:
                    e = v_filter
                else:
                    e = PyDict_Copy(_T36)
                    e['filter'] = v_filter
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('filters')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_ExchangeInfoResponse__symbols__filters, _nf_ExchangeInfoResponse__symbols__filters(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_ExchangeInfoResponse__symbols__filters, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_ExchangeInfoResponse__symbols__permissionSets = ()
cdef GroupSpec _GS_ExchangeInfoResponse__symbols__permissionSets
cdef object _nf_ExchangeInfoResponse__symbols__permissionSets(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group permissionSets as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_ExchangeInfoResponse__symbols__permissionSets, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_ExchangeInfoResponse__symbols__permissionSets(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group permissionSets: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('permissionSets', "dimension of group 'permissionSets'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('permissionSets', n, 2147483647, bl + 6, pos, end - pos)
    if bl < 0:
        raise_short_block('group permissionSets', _BF_ExchangeInfoResponse__symbols__permissionSets, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'permissionSets'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_permissions = _g_ExchangeInfoResponse__symbols__permissionSets__permissions(st, &pos, end, ver)
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T39)
                e['permissions'] = v_permissions
            else:
                if st.grp == GRP_FLAT:
                    e = v_permissions
                else:
                    e = PyDict_Copy(_T39)
                    e['permissions'] = v_permissions
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('permissionSets')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_ExchangeInfoResponse__symbols__permissionSets, _nf_ExchangeInfoResponse__symbols__permissionSets(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_ExchangeInfoResponse__symbols__permissionSets, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_ExchangeInfoResponse__symbols__permissionSets__permissions = ()
cdef GroupSpec _GS_ExchangeInfoResponse__symbols__permissionSets__permissions
cdef object _nf_ExchangeInfoResponse__symbols__permissionSets__permissions(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group permissions as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_ExchangeInfoResponse__symbols__permissionSets__permissions, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_ExchangeInfoResponse__symbols__permissionSets__permissions(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group permissions: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('permissions', "dimension of group 'permissions'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('permissions', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group permissions', _BF_ExchangeInfoResponse__symbols__permissionSets__permissions, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'permissions'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_permission = var_text(st, &pos, end, 1, 0, 255, 0, 'permission')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T40)
                e['permission'] = v_permission
            else:
                if st.grp == GRP_FLAT:
                    e = v_permission
                else:
                    e = PyDict_Copy(_T40)
                    e['permission'] = v_permission
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('permissions')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_ExchangeInfoResponse__symbols__permissionSets__permissions, _nf_ExchangeInfoResponse__symbols__permissionSets__permissions(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_ExchangeInfoResponse__symbols__permissionSets__permissions, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_ExchangeInfoResponse__sors = ()
cdef GroupSpec _GS_ExchangeInfoResponse__sors
cdef object _nf_ExchangeInfoResponse__sors(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group sors as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_ExchangeInfoResponse__sors, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 16
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 16
    return out

cdef object _g_ExchangeInfoResponse__sors(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group sors: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('sors', "dimension of group 'sors'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('sors', n, 2147483647, bl + 7, pos, end - pos)
    if bl < 0:
        raise_short_block('group sors', _BF_ExchangeInfoResponse__sors, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'sors'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_sorSymbols = _g_ExchangeInfoResponse__sors__sorSymbols(st, &pos, end, ver)
            v_baseAsset = var_text(st, &pos, end, 1, 0, 255, 0, 'baseAsset')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T41)
                e['sorSymbols'] = v_sorSymbols
                e['baseAsset'] = v_baseAsset
            else:
                e = PyDict_Copy(_T41)
                e['sorSymbols'] = v_sorSymbols
                e['baseAsset'] = v_baseAsset
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('sors')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_ExchangeInfoResponse__sors, _nf_ExchangeInfoResponse__sors(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_ExchangeInfoResponse__sors, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_ExchangeInfoResponse__sors__sorSymbols = ()
cdef GroupSpec _GS_ExchangeInfoResponse__sors__sorSymbols
cdef object _nf_ExchangeInfoResponse__sors__sorSymbols(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group sorSymbols as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_ExchangeInfoResponse__sors__sorSymbols, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_ExchangeInfoResponse__sors__sorSymbols(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group sorSymbols: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('sorSymbols', "dimension of group 'sorSymbols'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('sorSymbols', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group sorSymbols', _BF_ExchangeInfoResponse__sors__sorSymbols, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'sorSymbols'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T42)
                e['symbol'] = v_symbol
            else:
                if st.grp == GRP_FLAT:
                    e = v_symbol
                else:
                    e = PyDict_Copy(_T42)
                    e['symbol'] = v_symbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('sorSymbols')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_ExchangeInfoResponse__sors__sorSymbols, _nf_ExchangeInfoResponse__sors__sorSymbols(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_ExchangeInfoResponse__sors__sorSymbols, fixed, bl, n, ver, (), rows)
    return rows

cdef class ExchangeInfoResponse(Record):
    """Record of message ExchangeInfoResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_ExchangeInfoResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExchangeInfoResponse as a ExchangeInfoResponse record; ``pos`` is the start of the root block."""
    cdef ExchangeInfoResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExchangeInfoResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('ExchangeInfoResponse', _BF_ExchangeInfoResponse, ver, bl, pos)
    p = st.buf + pos
    r = ExchangeInfoResponse.__new__(ExchangeInfoResponse)
    r._dec = st.dec
    pos += bl
    r.rateLimits = _gr_ExchangeInfoResponse__rateLimits(st, &pos, end, ver) if st.grp == GRP_LIST else _g_ExchangeInfoResponse__rateLimits(st, &pos, end, ver)
    r.exchangeFilters = _gr_ExchangeInfoResponse__exchangeFilters(st, &pos, end, ver) if st.grp == GRP_LIST else _g_ExchangeInfoResponse__exchangeFilters(st, &pos, end, ver)
    r.symbols = _gr_ExchangeInfoResponse__symbols(st, &pos, end, ver) if st.grp == GRP_LIST else _g_ExchangeInfoResponse__symbols(st, &pos, end, ver)
    r.sors = _gr_ExchangeInfoResponse__sors(st, &pos, end, ver) if st.grp == GRP_LIST else _g_ExchangeInfoResponse__sors(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class ExchangeInfoResponse_rateLimits(Record):
    """Record of entry of group rateLimits; ``to_dict()`` gives the dict form."""


cdef list _gr_ExchangeInfoResponse__rateLimits(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group rateLimits as a list of ExchangeInfoResponse_rateLimits records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef ExchangeInfoResponse_rateLimits e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('rateLimits', "dimension of group 'rateLimits'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('rateLimits', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 11:
        raise_short_block('group rateLimits', _BF_ExchangeInfoResponse__rateLimits, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = ExchangeInfoResponse_rateLimits.__new__(ExchangeInfoResponse_rateLimits)
            e._dec = st.dec
            t_u = sbe_u8(p)
            e.rateLimitType = _E_rateLimitType[t_u]
            t_u = sbe_u8(p + 1)
            e.interval = _E_rateLimitInterval[t_u]
            e.intervalNum = sbe_u8(p + 2)
            e.rateLimit = sbe_i64le(p + 3)
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('rateLimits')
        raise
    ppos[0] = pos
    return rows

cdef class ExchangeInfoResponse_exchangeFilters(Record):
    """Record of entry of group exchangeFilters; ``to_dict()`` gives the dict form."""


cdef list _gr_ExchangeInfoResponse__exchangeFilters(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group exchangeFilters as a list of ExchangeInfoResponse_exchangeFilters records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef ExchangeInfoResponse_exchangeFilters e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('exchangeFilters', "dimension of group 'exchangeFilters'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('exchangeFilters', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group exchangeFilters', _BF_ExchangeInfoResponse__exchangeFilters, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'exchangeFilters'", pos, bl, end - pos)
            p = st.buf + pos
            e = ExchangeInfoResponse_exchangeFilters.__new__(ExchangeInfoResponse_exchangeFilters)
            e._dec = st.dec
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'filter')
            if n_ == 0 and 0:
                v_ = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_ = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'filter'" % MAX_NESTING, pos)
                try:
                    v_ = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('filter')
                    raise
                st.depth -= 1
            pos += 1 + n_
            e.filter = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('exchangeFilters')
        raise
    ppos[0] = pos
    return rows

cdef class ExchangeInfoResponse_symbols(Record):
    """Record of entry of group symbols; ``to_dict()`` gives the dict form."""


cdef list _gr_ExchangeInfoResponse__symbols(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group symbols as a list of ExchangeInfoResponse_symbols records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef ExchangeInfoResponse_symbols e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('symbols', "dimension of group 'symbols'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('symbols', n, 2147483647, bl + 15, pos, end - pos)
    if bl < (19 if ver >= 1 else 18):
        raise_short_block('group symbols', _BF_ExchangeInfoResponse__symbols, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'symbols'", pos, bl, end - pos)
            p = st.buf + pos
            e = ExchangeInfoResponse_symbols.__new__(ExchangeInfoResponse_symbols)
            e._dec = st.dec
            t_u = sbe_u8(p)
            e.status = _E_symbolStatus[t_u]
            e.baseAssetPrecision = sbe_u8(p + 1)
            e.quoteAssetPrecision = sbe_u8(p + 2)
            e.baseCommissionPrecision = sbe_u8(p + 3)
            e.quoteCommissionPrecision = sbe_u8(p + 4)
            e.orderTypes = set_value(_S_orderTypes, orderTypes, sbe_u16le(p + 5))
            t_u = sbe_u8(p + 7)
            e.icebergAllowed = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 8)
            e.ocoAllowed = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 9)
            e.otoAllowed = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 10)
            e.quoteOrderQtyMarketAllowed = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 11)
            e.allowTrailingStop = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 12)
            e.cancelReplaceAllowed = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 13)
            e.amendAllowed = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 14)
            e.isSpotTradingAllowed = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 15)
            e.isMarginTradingAllowed = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 16)
            e.defaultSelfTradePreventionMode = _E_selfTradePreventionMode[t_u]
            e.allowedSelfTradePreventionModes = set_value(_S_allowedSelfTradePreventionModes, allowedSelfTradePreventionModes, sbe_u8(p + 17))
            if ver >= 1:
                t_u = sbe_u8(p + 18)
                e.pegInstructionsAllowed = None if t_u == 255 else _E_boolEnum[t_u]
            else:
                e.pegInstructionsAllowed = None
            pos += bl
            e.filters = _gr_ExchangeInfoResponse__symbols__filters(st, &pos, end, ver) if st.grp == GRP_LIST else _g_ExchangeInfoResponse__symbols__filters(st, &pos, end, ver)
            e.permissionSets = _gr_ExchangeInfoResponse__symbols__permissionSets(st, &pos, end, ver) if st.grp == GRP_LIST else _g_ExchangeInfoResponse__symbols__permissionSets(st, &pos, end, ver)
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'baseAsset')
            e.baseAsset = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'quoteAsset')
            e.quoteAsset = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('symbols')
        raise
    ppos[0] = pos
    return rows

cdef class ExchangeInfoResponse_symbols_filters(Record):
    """Record of entry of group filters; ``to_dict()`` gives the dict form."""


cdef list _gr_ExchangeInfoResponse__symbols__filters(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group filters as a list of ExchangeInfoResponse_symbols_filters records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef ExchangeInfoResponse_symbols_filters e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('filters', "dimension of group 'filters'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('filters', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group filters', _BF_ExchangeInfoResponse__symbols__filters, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'filters'", pos, bl, end - pos)
            p = st.buf + pos
            e = ExchangeInfoResponse_symbols_filters.__new__(ExchangeInfoResponse_symbols_filters)
            e._dec = st.dec
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'filter')
            if n_ == 0 and 0:
                v_ = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_ = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'filter'" % MAX_NESTING, pos)
                try:
                    v_ = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('filter')
                    raise
                st.depth -= 1
            pos += 1 + n_
            e.filter = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('filters')
        raise
    ppos[0] = pos
    return rows

cdef class ExchangeInfoResponse_symbols_permissionSets(Record):
    """Record of entry of group permissionSets; ``to_dict()`` gives the dict form."""


cdef list _gr_ExchangeInfoResponse__symbols__permissionSets(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group permissionSets as a list of ExchangeInfoResponse_symbols_permissionSets records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef ExchangeInfoResponse_symbols_permissionSets e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('permissionSets', "dimension of group 'permissionSets'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('permissionSets', n, 2147483647, bl + 6, pos, end - pos)
    if bl < 0:
        raise_short_block('group permissionSets', _BF_ExchangeInfoResponse__symbols__permissionSets, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'permissionSets'", pos, bl, end - pos)
            p = st.buf + pos
            e = ExchangeInfoResponse_symbols_permissionSets.__new__(ExchangeInfoResponse_symbols_permissionSets)
            e._dec = st.dec
            pos += bl
            e.permissions = _gr_ExchangeInfoResponse__symbols__permissionSets__permissions(st, &pos, end, ver) if st.grp == GRP_LIST else _g_ExchangeInfoResponse__symbols__permissionSets__permissions(st, &pos, end, ver)
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('permissionSets')
        raise
    ppos[0] = pos
    return rows

cdef class ExchangeInfoResponse_symbols_permissionSets_permissions(Record):
    """Record of entry of group permissions; ``to_dict()`` gives the dict form."""


cdef list _gr_ExchangeInfoResponse__symbols__permissionSets__permissions(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group permissions as a list of ExchangeInfoResponse_symbols_permissionSets_permissions records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef ExchangeInfoResponse_symbols_permissionSets_permissions e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('permissions', "dimension of group 'permissions'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('permissions', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group permissions', _BF_ExchangeInfoResponse__symbols__permissionSets__permissions, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'permissions'", pos, bl, end - pos)
            p = st.buf + pos
            e = ExchangeInfoResponse_symbols_permissionSets_permissions.__new__(ExchangeInfoResponse_symbols_permissionSets_permissions)
            e._dec = st.dec
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'permission')
            e.permission = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('permissions')
        raise
    ppos[0] = pos
    return rows

cdef class ExchangeInfoResponse_sors(Record):
    """Record of entry of group sors; ``to_dict()`` gives the dict form."""


cdef list _gr_ExchangeInfoResponse__sors(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group sors as a list of ExchangeInfoResponse_sors records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef ExchangeInfoResponse_sors e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('sors', "dimension of group 'sors'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('sors', n, 2147483647, bl + 7, pos, end - pos)
    if bl < 0:
        raise_short_block('group sors', _BF_ExchangeInfoResponse__sors, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'sors'", pos, bl, end - pos)
            p = st.buf + pos
            e = ExchangeInfoResponse_sors.__new__(ExchangeInfoResponse_sors)
            e._dec = st.dec
            pos += bl
            e.sorSymbols = _gr_ExchangeInfoResponse__sors__sorSymbols(st, &pos, end, ver) if st.grp == GRP_LIST else _g_ExchangeInfoResponse__sors__sorSymbols(st, &pos, end, ver)
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'baseAsset')
            e.baseAsset = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('sors')
        raise
    ppos[0] = pos
    return rows

cdef class ExchangeInfoResponse_sors_sorSymbols(Record):
    """Record of entry of group sorSymbols; ``to_dict()`` gives the dict form."""


cdef list _gr_ExchangeInfoResponse__sors__sorSymbols(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group sorSymbols as a list of ExchangeInfoResponse_sors_sorSymbols records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef ExchangeInfoResponse_sors_sorSymbols e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('sorSymbols', "dimension of group 'sorSymbols'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('sorSymbols', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group sorSymbols', _BF_ExchangeInfoResponse__sors__sorSymbols, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'sorSymbols'", pos, bl, end - pos)
            p = st.buf + pos
            e = ExchangeInfoResponse_sors_sorSymbols.__new__(ExchangeInfoResponse_sors_sorSymbols)
            e._dec = st.dec
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('sorSymbols')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_ExecutionRulesResponse = ()
cdef dict _m_ExecutionRulesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExecutionRulesResponse (template 104); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExecutionRulesResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('ExecutionRulesResponse', _BF_ExecutionRulesResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_symbolRules = _g_ExecutionRulesResponse__symbolRules(st, &pos, end, ver)
    d = PyDict_Copy(_T43)
    d['$message'] = 'ExecutionRulesResponse'
    d['symbolRules'] = v_symbolRules
    st.stop = pos
    return d

cdef tuple _BF_ExecutionRulesResponse__symbolRules = ()
cdef GroupSpec _GS_ExecutionRulesResponse__symbolRules
cdef object _nf_ExecutionRulesResponse__symbolRules(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group symbolRules as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_ExecutionRulesResponse__symbolRules, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 16
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 16
    return out

cdef object _g_ExecutionRulesResponse__symbolRules(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group symbolRules: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('symbolRules', "dimension of group 'symbolRules'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('symbolRules', n, 2147483647, bl + 7, pos, end - pos)
    if bl < 0:
        raise_short_block('group symbolRules', _BF_ExecutionRulesResponse__symbolRules, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'symbolRules'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_rules = _g_ExecutionRulesResponse__symbolRules__rules(st, &pos, end, ver)
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T44)
                e['rules'] = v_rules
                e['symbol'] = v_symbol
            else:
                e = PyDict_Copy(_T44)
                e['rules'] = v_rules
                e['symbol'] = v_symbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('symbolRules')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_ExecutionRulesResponse__symbolRules, _nf_ExecutionRulesResponse__symbolRules(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_ExecutionRulesResponse__symbolRules, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_ExecutionRulesResponse__symbolRules__rules = ()
cdef GroupSpec _GS_ExecutionRulesResponse__symbolRules__rules
cdef object _nf_ExecutionRulesResponse__symbolRules__rules(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group rules as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_ExecutionRulesResponse__symbolRules__rules, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_ExecutionRulesResponse__symbolRules__rules(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group rules: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('rules', "dimension of group 'rules'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('rules', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group rules', _BF_ExecutionRulesResponse__symbolRules__rules, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'rules'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'rule')
            if n_ == 0 and 0:
                v_rule = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_rule = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'rule'" % MAX_NESTING, pos)
                try:
                    v_rule = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('rule')
                    raise
                st.depth -= 1
            pos += 1 + n_
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T45)
                e['rule'] = v_rule
            else:
                if st.grp == GRP_FLAT:
                    e = v_rule
                else:
                    e = PyDict_Copy(_T45)
                    e['rule'] = v_rule
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('rules')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_ExecutionRulesResponse__symbolRules__rules, _nf_ExecutionRulesResponse__symbolRules__rules(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_ExecutionRulesResponse__symbolRules__rules, fixed, bl, n, ver, (), rows)
    return rows

cdef class ExecutionRulesResponse(Record):
    """Record of message ExecutionRulesResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_ExecutionRulesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExecutionRulesResponse as a ExecutionRulesResponse record; ``pos`` is the start of the root block."""
    cdef ExecutionRulesResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ExecutionRulesResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('ExecutionRulesResponse', _BF_ExecutionRulesResponse, ver, bl, pos)
    p = st.buf + pos
    r = ExecutionRulesResponse.__new__(ExecutionRulesResponse)
    r._dec = st.dec
    pos += bl
    r.symbolRules = _gr_ExecutionRulesResponse__symbolRules(st, &pos, end, ver) if st.grp == GRP_LIST else _g_ExecutionRulesResponse__symbolRules(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class ExecutionRulesResponse_symbolRules(Record):
    """Record of entry of group symbolRules; ``to_dict()`` gives the dict form."""


cdef list _gr_ExecutionRulesResponse__symbolRules(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group symbolRules as a list of ExecutionRulesResponse_symbolRules records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef ExecutionRulesResponse_symbolRules e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('symbolRules', "dimension of group 'symbolRules'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('symbolRules', n, 2147483647, bl + 7, pos, end - pos)
    if bl < 0:
        raise_short_block('group symbolRules', _BF_ExecutionRulesResponse__symbolRules, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'symbolRules'", pos, bl, end - pos)
            p = st.buf + pos
            e = ExecutionRulesResponse_symbolRules.__new__(ExecutionRulesResponse_symbolRules)
            e._dec = st.dec
            pos += bl
            e.rules = _gr_ExecutionRulesResponse__symbolRules__rules(st, &pos, end, ver) if st.grp == GRP_LIST else _g_ExecutionRulesResponse__symbolRules__rules(st, &pos, end, ver)
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('symbolRules')
        raise
    ppos[0] = pos
    return rows

cdef class ExecutionRulesResponse_symbolRules_rules(Record):
    """Record of entry of group rules; ``to_dict()`` gives the dict form."""


cdef list _gr_ExecutionRulesResponse__symbolRules__rules(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group rules as a list of ExecutionRulesResponse_symbolRules_rules records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef ExecutionRulesResponse_symbolRules_rules e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('rules', "dimension of group 'rules'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('rules', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group rules', _BF_ExecutionRulesResponse__symbolRules__rules, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'rules'", pos, bl, end - pos)
            p = st.buf + pos
            e = ExecutionRulesResponse_symbolRules_rules.__new__(ExecutionRulesResponse_symbolRules_rules)
            e._dec = st.dec
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'rule')
            if n_ == 0 and 0:
                v_ = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_ = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'rule'" % MAX_NESTING, pos)
                try:
                    v_ = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('rule')
                    raise
                st.depth -= 1
            pos += 1 + n_
            e.rule = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('rules')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_MyFiltersResponse = ()
cdef dict _m_MyFiltersResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MyFiltersResponse (template 105); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MyFiltersResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('MyFiltersResponse', _BF_MyFiltersResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_exchangeFilters = _g_MyFiltersResponse__exchangeFilters(st, &pos, end, ver)
    v_symbolFilters = _g_MyFiltersResponse__symbolFilters(st, &pos, end, ver)
    v_assetFilters = _g_MyFiltersResponse__assetFilters(st, &pos, end, ver)
    d = PyDict_Copy(_T46)
    d['$message'] = 'MyFiltersResponse'
    d['exchangeFilters'] = v_exchangeFilters
    d['symbolFilters'] = v_symbolFilters
    d['assetFilters'] = v_assetFilters
    st.stop = pos
    return d

cdef tuple _BF_MyFiltersResponse__exchangeFilters = ()
cdef GroupSpec _GS_MyFiltersResponse__exchangeFilters
cdef object _nf_MyFiltersResponse__exchangeFilters(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group exchangeFilters as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_MyFiltersResponse__exchangeFilters, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_MyFiltersResponse__exchangeFilters(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group exchangeFilters: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('exchangeFilters', "dimension of group 'exchangeFilters'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('exchangeFilters', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group exchangeFilters', _BF_MyFiltersResponse__exchangeFilters, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'exchangeFilters'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'filter')
            if n_ == 0 and 0:
                v_filter = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_filter = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'filter'" % MAX_NESTING, pos)
                try:
                    v_filter = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('filter')
                    raise
                st.depth -= 1
            pos += 1 + n_
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T36)
                e['filter'] = v_filter
            else:
                if st.grp == GRP_FLAT:
                    e = v_filter
                else:
                    e = PyDict_Copy(_T36)
                    e['filter'] = v_filter
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('exchangeFilters')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_MyFiltersResponse__exchangeFilters, _nf_MyFiltersResponse__exchangeFilters(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_MyFiltersResponse__exchangeFilters, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_MyFiltersResponse__symbolFilters = ()
cdef GroupSpec _GS_MyFiltersResponse__symbolFilters
cdef object _nf_MyFiltersResponse__symbolFilters(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group symbolFilters as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_MyFiltersResponse__symbolFilters, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_MyFiltersResponse__symbolFilters(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group symbolFilters: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('symbolFilters', "dimension of group 'symbolFilters'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('symbolFilters', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group symbolFilters', _BF_MyFiltersResponse__symbolFilters, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'symbolFilters'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'filter')
            if n_ == 0 and 0:
                v_filter = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_filter = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'filter'" % MAX_NESTING, pos)
                try:
                    v_filter = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('filter')
                    raise
                st.depth -= 1
            pos += 1 + n_
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T36)
                e['filter'] = v_filter
            else:
                if st.grp == GRP_FLAT:
                    e = v_filter
                else:
                    e = PyDict_Copy(_T36)
                    e['filter'] = v_filter
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('symbolFilters')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_MyFiltersResponse__symbolFilters, _nf_MyFiltersResponse__symbolFilters(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_MyFiltersResponse__symbolFilters, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_MyFiltersResponse__assetFilters = ()
cdef GroupSpec _GS_MyFiltersResponse__assetFilters
cdef object _nf_MyFiltersResponse__assetFilters(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group assetFilters as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_MyFiltersResponse__assetFilters, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_MyFiltersResponse__assetFilters(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group assetFilters: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('assetFilters', "dimension of group 'assetFilters'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('assetFilters', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group assetFilters', _BF_MyFiltersResponse__assetFilters, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'assetFilters'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'filter')
            if n_ == 0 and 0:
                v_filter = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_filter = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'filter'" % MAX_NESTING, pos)
                try:
                    v_filter = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('filter')
                    raise
                st.depth -= 1
            pos += 1 + n_
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T36)
                e['filter'] = v_filter
            else:
                if st.grp == GRP_FLAT:
                    e = v_filter
                else:
                    e = PyDict_Copy(_T36)
                    e['filter'] = v_filter
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('assetFilters')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_MyFiltersResponse__assetFilters, _nf_MyFiltersResponse__assetFilters(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_MyFiltersResponse__assetFilters, fixed, bl, n, ver, (), rows)
    return rows

cdef class MyFiltersResponse(Record):
    """Record of message MyFiltersResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_MyFiltersResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """MyFiltersResponse as a MyFiltersResponse record; ``pos`` is the start of the root block."""
    cdef MyFiltersResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of MyFiltersResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('MyFiltersResponse', _BF_MyFiltersResponse, ver, bl, pos)
    p = st.buf + pos
    r = MyFiltersResponse.__new__(MyFiltersResponse)
    r._dec = st.dec
    pos += bl
    r.exchangeFilters = _gr_MyFiltersResponse__exchangeFilters(st, &pos, end, ver) if st.grp == GRP_LIST else _g_MyFiltersResponse__exchangeFilters(st, &pos, end, ver)
    r.symbolFilters = _gr_MyFiltersResponse__symbolFilters(st, &pos, end, ver) if st.grp == GRP_LIST else _g_MyFiltersResponse__symbolFilters(st, &pos, end, ver)
    r.assetFilters = _gr_MyFiltersResponse__assetFilters(st, &pos, end, ver) if st.grp == GRP_LIST else _g_MyFiltersResponse__assetFilters(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class MyFiltersResponse_exchangeFilters(Record):
    """Record of entry of group exchangeFilters; ``to_dict()`` gives the dict form."""


cdef list _gr_MyFiltersResponse__exchangeFilters(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group exchangeFilters as a list of MyFiltersResponse_exchangeFilters records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef MyFiltersResponse_exchangeFilters e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('exchangeFilters', "dimension of group 'exchangeFilters'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('exchangeFilters', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group exchangeFilters', _BF_MyFiltersResponse__exchangeFilters, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'exchangeFilters'", pos, bl, end - pos)
            p = st.buf + pos
            e = MyFiltersResponse_exchangeFilters.__new__(MyFiltersResponse_exchangeFilters)
            e._dec = st.dec
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'filter')
            if n_ == 0 and 0:
                v_ = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_ = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'filter'" % MAX_NESTING, pos)
                try:
                    v_ = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('filter')
                    raise
                st.depth -= 1
            pos += 1 + n_
            e.filter = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('exchangeFilters')
        raise
    ppos[0] = pos
    return rows

cdef class MyFiltersResponse_symbolFilters(Record):
    """Record of entry of group symbolFilters; ``to_dict()`` gives the dict form."""


cdef list _gr_MyFiltersResponse__symbolFilters(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group symbolFilters as a list of MyFiltersResponse_symbolFilters records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef MyFiltersResponse_symbolFilters e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('symbolFilters', "dimension of group 'symbolFilters'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('symbolFilters', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group symbolFilters', _BF_MyFiltersResponse__symbolFilters, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'symbolFilters'", pos, bl, end - pos)
            p = st.buf + pos
            e = MyFiltersResponse_symbolFilters.__new__(MyFiltersResponse_symbolFilters)
            e._dec = st.dec
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'filter')
            if n_ == 0 and 0:
                v_ = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_ = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'filter'" % MAX_NESTING, pos)
                try:
                    v_ = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('filter')
                    raise
                st.depth -= 1
            pos += 1 + n_
            e.filter = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('symbolFilters')
        raise
    ppos[0] = pos
    return rows

cdef class MyFiltersResponse_assetFilters(Record):
    """Record of entry of group assetFilters; ``to_dict()`` gives the dict form."""


cdef list _gr_MyFiltersResponse__assetFilters(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group assetFilters as a list of MyFiltersResponse_assetFilters records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef MyFiltersResponse_assetFilters e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('assetFilters', "dimension of group 'assetFilters'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('assetFilters', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group assetFilters', _BF_MyFiltersResponse__assetFilters, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'assetFilters'", pos, bl, end - pos)
            p = st.buf + pos
            e = MyFiltersResponse_assetFilters.__new__(MyFiltersResponse_assetFilters)
            e._dec = st.dec
            pos += bl
            n_ = read_length(st, pos, end, 1, 0, 255, 'filter')
            if n_ == 0 and 0:
                v_ = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_ = lazy_message(st, pos + 1, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'filter'" % MAX_NESTING, pos)
                try:
                    v_ = _dispatch(st, pos + 1, pos + 1 + n_)
                except DecodeError as err:
                    err._prepend('filter')
                    raise
                st.depth -= 1
            pos += 1 + n_
            e.filter = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('assetFilters')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_DepthResponse = (('lastUpdateId', 8, 0), ('priceExponent', 9, 0), ('qtyExponent', 10, 0))
cdef dict _m_DepthResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """DepthResponse (template 200); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of DepthResponse', pos, bl, end - pos)
    if bl < 10:
        raise_short_block('DepthResponse', _BF_DepthResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 8)
    x0_qtyExponent = sbe_i8(p + 9)
    v_lastUpdateId = sbe_i64le(p)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    pos += bl
    v_bids = _g_DepthResponse__bids(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_asks = _g_DepthResponse__asks(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    d = PyDict_Copy(_T47 if st.dec == DEC_RAW else _T48)
    d['$message'] = 'DepthResponse'
    d['lastUpdateId'] = v_lastUpdateId
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['bids'] = v_bids
    d['asks'] = v_asks
    st.stop = pos
    return d

cdef tuple _BF_DepthResponse__bids = (('price', 8, 0), ('qty', 16, 0))
cdef GroupSpec _GS_DepthResponse__bids
cdef object _nf_DepthResponse__bids(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group bids as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_DepthResponse__bids, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 16
        t_i = sbe_i64le(p + 0)
        t_j = sbe_i64le(p + 8)
        sbe_put_scaled2(q + 0, q + 8, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
    return out

cdef object _g_DepthResponse__bids(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group bids: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('bids', "dimension of group 'bids'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('bids', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group bids', _BF_DepthResponse__bids, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_DepthResponse__bids(st, st.buf + pos, bl, n, ver, x0_priceExponent, x0_qtyExponent)
        return fixed_group_numpy(st, _GS_DepthResponse__bids, pos, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ))
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_price = mant_i64(sbe_i64le(p), 0, 0, x0_priceExponent, st.dec)
            v_qty = mant_i64(sbe_i64le(p + 8), 0, 0, x0_qtyExponent, st.dec)
            e = PyDict_Copy(_T49)
            e['price'] = v_price
            e['qty'] = v_qty
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('bids')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_DepthResponse__asks = (('price', 8, 0), ('qty', 16, 0))
cdef GroupSpec _GS_DepthResponse__asks
cdef object _nf_DepthResponse__asks(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group asks as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_DepthResponse__asks, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 16
        t_i = sbe_i64le(p + 0)
        t_j = sbe_i64le(p + 8)
        sbe_put_scaled2(q + 0, q + 8, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
    return out

cdef object _g_DepthResponse__asks(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group asks: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('asks', "dimension of group 'asks'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('asks', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group asks', _BF_DepthResponse__asks, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_DepthResponse__asks(st, st.buf + pos, bl, n, ver, x0_priceExponent, x0_qtyExponent)
        return fixed_group_numpy(st, _GS_DepthResponse__asks, pos, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ))
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_price = mant_i64(sbe_i64le(p), 0, 0, x0_priceExponent, st.dec)
            v_qty = mant_i64(sbe_i64le(p + 8), 0, 0, x0_qtyExponent, st.dec)
            e = PyDict_Copy(_T49)
            e['price'] = v_price
            e['qty'] = v_qty
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('asks')
        raise
    ppos[0] = pos
    return rows

cdef class DepthResponse(Record):
    """Record of message DepthResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_DepthResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """DepthResponse as a DepthResponse record; ``pos`` is the start of the root block."""
    cdef DepthResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of DepthResponse', pos, bl, end - pos)
    if bl < 10:
        raise_short_block('DepthResponse', _BF_DepthResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 8)
    x0_qtyExponent = sbe_i8(p + 9)
    r = DepthResponse.__new__(DepthResponse)
    r._dec = st.dec
    r.lastUpdateId = sbe_i64le(p)
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    pos += bl
    r.bids = _gr_DepthResponse__bids(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_DepthResponse__bids(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    r.asks = _gr_DepthResponse__asks(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_DepthResponse__asks(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    st.stop = pos
    return r

cdef class DepthResponse_bids(Record):
    """Record of entry of group bids; ``to_dict()`` gives the dict form."""


cdef list _gr_DepthResponse__bids(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group bids as a list of DepthResponse_bids records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef DepthResponse_bids e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('bids', "dimension of group 'bids'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('bids', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group bids', _BF_DepthResponse__bids, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = DepthResponse_bids.__new__(DepthResponse_bids)
            e._dec = st.dec
            e.c_price = sbe_i64le(p)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 8)
            e.e_qty = x0_qtyExponent
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('bids')
        raise
    ppos[0] = pos
    return rows

cdef class DepthResponse_asks(Record):
    """Record of entry of group asks; ``to_dict()`` gives the dict form."""


cdef list _gr_DepthResponse__asks(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group asks as a list of DepthResponse_asks records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef DepthResponse_asks e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('asks', "dimension of group 'asks'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('asks', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 16:
        raise_short_block('group asks', _BF_DepthResponse__asks, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = DepthResponse_asks.__new__(DepthResponse_asks)
            e._dec = st.dec
            e.c_price = sbe_i64le(p)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 8)
            e.e_qty = x0_qtyExponent
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('asks')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_TradesResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0))
cdef dict _m_TradesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TradesResponse (template 201); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of TradesResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('TradesResponse', _BF_TradesResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    pos += bl
    v_trades = _g_TradesResponse__trades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    d = PyDict_Copy(_T50 if st.dec == DEC_RAW else _T51)
    d['$message'] = 'TradesResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['trades'] = v_trades
    st.stop = pos
    return d

cdef tuple _BF_TradesResponse__trades = (('id', 8, 0), ('price', 16, 0), ('qty', 24, 0), ('quoteQty', 32, 0), ('time', 40, 0), ('isBuyerMaker', 41, 0), ('isBestMatch', 42, 0))
cdef GroupSpec _GS_TradesResponse__trades
cdef object _nf_TradesResponse__trades(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group trades as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_TradesResponse__trades, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 42
        memcpy(q + 0, p + 0, 8)
        t_i = sbe_i64le(p + 8)
        t_j = sbe_i64le(p + 16)
        sbe_put_scaled2(q + 8, q + 16, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
        t_i = sbe_i64le(p + 24)
        sbe_put_f64(q + 24, sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
        memcpy(q + 32, p + 32, 8)
        memcpy(q + 40, p + 40, 1)
        memcpy(q + 41, p + 41, 1)
    return out

cdef object _g_TradesResponse__trades(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group trades: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('trades', "dimension of group 'trades'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('trades', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 42:
        raise_short_block('group trades', _BF_TradesResponse__trades, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_TradesResponse__trades(st, st.buf + pos, bl, n, ver, x0_priceExponent, x0_qtyExponent)
        return fixed_group_numpy(st, _GS_TradesResponse__trades, pos, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ))
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_id = sbe_i64le(p)
            v_price = mant_i64(sbe_i64le(p + 8), 0, 0, x0_priceExponent, st.dec)
            v_qty = mant_i64(sbe_i64le(p + 16), 0, 0, x0_qtyExponent, st.dec)
            v_quoteQty = mant_i64(sbe_i64le(p + 24), 0, 0, x0_priceExponent, st.dec)
            v_time = sbe_i64le(p + 32)
            t_u = sbe_u8(p + 40)
            v_isBuyerMaker = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 41)
            v_isBestMatch = _E_boolEnum[t_u]
            e = PyDict_Copy(_T52)
            e['id'] = v_id
            e['price'] = v_price
            e['qty'] = v_qty
            e['quoteQty'] = v_quoteQty
            e['time'] = v_time
            e['isBuyerMaker'] = v_isBuyerMaker
            e['isBestMatch'] = v_isBestMatch
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('trades')
        raise
    ppos[0] = pos
    return rows

cdef class TradesResponse(Record):
    """Record of message TradesResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_TradesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TradesResponse as a TradesResponse record; ``pos`` is the start of the root block."""
    cdef TradesResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of TradesResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('TradesResponse', _BF_TradesResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = TradesResponse.__new__(TradesResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    pos += bl
    r.trades = _gr_TradesResponse__trades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_TradesResponse__trades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    st.stop = pos
    return r

cdef class TradesResponse_trades(Record):
    """Record of entry of group trades; ``to_dict()`` gives the dict form."""


cdef list _gr_TradesResponse__trades(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group trades as a list of TradesResponse_trades records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef TradesResponse_trades e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('trades', "dimension of group 'trades'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('trades', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 42:
        raise_short_block('group trades', _BF_TradesResponse__trades, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = TradesResponse_trades.__new__(TradesResponse_trades)
            e._dec = st.dec
            e.id = sbe_i64le(p)
            e.c_price = sbe_i64le(p + 8)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 16)
            e.e_qty = x0_qtyExponent
            e.c_quoteQty = sbe_i64le(p + 24)
            e.e_quoteQty = x0_priceExponent
            e.time = sbe_i64le(p + 32)
            t_u = sbe_u8(p + 40)
            e.isBuyerMaker = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 41)
            e.isBestMatch = _E_boolEnum[t_u]
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('trades')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_AggTradesResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0))
cdef dict _m_AggTradesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AggTradesResponse (template 202); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of AggTradesResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('AggTradesResponse', _BF_AggTradesResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    pos += bl
    v_aggTrades = _g_AggTradesResponse__aggTrades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    d = PyDict_Copy(_T53 if st.dec == DEC_RAW else _T54)
    d['$message'] = 'AggTradesResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['aggTrades'] = v_aggTrades
    st.stop = pos
    return d

cdef tuple _BF_AggTradesResponse__aggTrades = (('aggTradeId', 8, 0), ('price', 16, 0), ('qty', 24, 0), ('firstTradeId', 32, 0), ('lastTradeId', 40, 0), ('time', 48, 0), ('isBuyerMaker', 49, 0), ('isBestMatch', 50, 0))
cdef GroupSpec _GS_AggTradesResponse__aggTrades
cdef object _nf_AggTradesResponse__aggTrades(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group aggTrades as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_AggTradesResponse__aggTrades, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 50
        memcpy(q + 0, p + 0, 8)
        t_i = sbe_i64le(p + 8)
        t_j = sbe_i64le(p + 16)
        sbe_put_scaled2(q + 8, q + 16, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
        memcpy(q + 24, p + 24, 8)
        memcpy(q + 32, p + 32, 8)
        memcpy(q + 40, p + 40, 8)
        memcpy(q + 48, p + 48, 1)
        memcpy(q + 49, p + 49, 1)
    return out

cdef object _g_AggTradesResponse__aggTrades(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group aggTrades: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('aggTrades', "dimension of group 'aggTrades'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('aggTrades', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 50:
        raise_short_block('group aggTrades', _BF_AggTradesResponse__aggTrades, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_AggTradesResponse__aggTrades(st, st.buf + pos, bl, n, ver, x0_priceExponent, x0_qtyExponent)
        return fixed_group_numpy(st, _GS_AggTradesResponse__aggTrades, pos, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ))
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_aggTradeId = sbe_i64le(p)
            v_price = mant_i64(sbe_i64le(p + 8), 0, 0, x0_priceExponent, st.dec)
            v_qty = mant_i64(sbe_i64le(p + 16), 0, 0, x0_qtyExponent, st.dec)
            v_firstTradeId = sbe_i64le(p + 24)
            v_lastTradeId = sbe_i64le(p + 32)
            v_time = sbe_i64le(p + 40)
            t_u = sbe_u8(p + 48)
            v_isBuyerMaker = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 49)
            v_isBestMatch = _E_boolEnum[t_u]
            e = PyDict_Copy(_T55)
            e['aggTradeId'] = v_aggTradeId
            e['price'] = v_price
            e['qty'] = v_qty
            e['firstTradeId'] = v_firstTradeId
            e['lastTradeId'] = v_lastTradeId
            e['time'] = v_time
            e['isBuyerMaker'] = v_isBuyerMaker
            e['isBestMatch'] = v_isBestMatch
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('aggTrades')
        raise
    ppos[0] = pos
    return rows

cdef class AggTradesResponse(Record):
    """Record of message AggTradesResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_AggTradesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AggTradesResponse as a AggTradesResponse record; ``pos`` is the start of the root block."""
    cdef AggTradesResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of AggTradesResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('AggTradesResponse', _BF_AggTradesResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = AggTradesResponse.__new__(AggTradesResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    pos += bl
    r.aggTrades = _gr_AggTradesResponse__aggTrades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_AggTradesResponse__aggTrades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    st.stop = pos
    return r

cdef class AggTradesResponse_aggTrades(Record):
    """Record of entry of group aggTrades; ``to_dict()`` gives the dict form."""


cdef list _gr_AggTradesResponse__aggTrades(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group aggTrades as a list of AggTradesResponse_aggTrades records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef AggTradesResponse_aggTrades e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('aggTrades', "dimension of group 'aggTrades'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('aggTrades', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 50:
        raise_short_block('group aggTrades', _BF_AggTradesResponse__aggTrades, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = AggTradesResponse_aggTrades.__new__(AggTradesResponse_aggTrades)
            e._dec = st.dec
            e.aggTradeId = sbe_i64le(p)
            e.c_price = sbe_i64le(p + 8)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 16)
            e.e_qty = x0_qtyExponent
            e.firstTradeId = sbe_i64le(p + 24)
            e.lastTradeId = sbe_i64le(p + 32)
            e.time = sbe_i64le(p + 40)
            t_u = sbe_u8(p + 48)
            e.isBuyerMaker = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 49)
            e.isBestMatch = _E_boolEnum[t_u]
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('aggTrades')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_KlinesResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0))
cdef dict _m_KlinesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """KlinesResponse (template 203); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of KlinesResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('KlinesResponse', _BF_KlinesResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    pos += bl
    v_klines = _g_KlinesResponse__klines(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    d = PyDict_Copy(_T56 if st.dec == DEC_RAW else _T57)
    d['$message'] = 'KlinesResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['klines'] = v_klines
    st.stop = pos
    return d

cdef tuple _BF_KlinesResponse__klines = (('openTime', 8, 0), ('openPrice', 16, 0), ('highPrice', 24, 0), ('lowPrice', 32, 0), ('closePrice', 40, 0), ('volume', 56, 0), ('closeTime', 64, 0), ('quoteVolume', 80, 0), ('numTrades', 88, 0), ('takerBuyBaseVolume', 104, 0), ('takerBuyQuoteVolume', 120, 0))
cdef GroupSpec _GS_KlinesResponse__klines
cdef object _nf_KlinesResponse__klines(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group klines as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_KlinesResponse__klines, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 88
        memcpy(q + 0, p + 0, 8)
        t_i = sbe_i64le(p + 8)
        t_j = sbe_i64le(p + 16)
        sbe_put_scaled2(q + 8, q + 16, t_i, t_j, f_x0_priceExponent, f_x0_priceExponent, g_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, k_x0_priceExponent, x0_priceExponent, x0_priceExponent)
        t_i = sbe_i64le(p + 24)
        t_j = sbe_i64le(p + 32)
        sbe_put_scaled2(q + 24, q + 32, t_i, t_j, f_x0_priceExponent, f_x0_priceExponent, g_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, k_x0_priceExponent, x0_priceExponent, x0_priceExponent)
        t_u = sbe_u64le(p + 40)
        t_i = sbe_i64le(p + 48)
        sbe_put_f64(q + 40, sbe_apply_i128(t_u, t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
        memcpy(q + 48, p + 56, 8)
        t_u = sbe_u64le(p + 64)
        t_i = sbe_i64le(p + 72)
        sbe_put_f64(q + 56, sbe_apply_i128(t_u, t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
        memcpy(q + 64, p + 80, 8)
        t_u = sbe_u64le(p + 88)
        t_i = sbe_i64le(p + 96)
        sbe_put_f64(q + 72, sbe_apply_i128(t_u, t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
        t_u = sbe_u64le(p + 104)
        t_i = sbe_i64le(p + 112)
        sbe_put_f64(q + 80, sbe_apply_i128(t_u, t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
    return out

cdef object _g_KlinesResponse__klines(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group klines: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('klines', "dimension of group 'klines'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('klines', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 120:
        raise_short_block('group klines', _BF_KlinesResponse__klines, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_KlinesResponse__klines(st, st.buf + pos, bl, n, ver, x0_priceExponent, x0_qtyExponent)
        return fixed_group_numpy(st, _GS_KlinesResponse__klines, pos, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ))
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_openTime = sbe_i64le(p)
            v_openPrice = mant_i64(sbe_i64le(p + 8), 0, 0, x0_priceExponent, st.dec)
            v_highPrice = mant_i64(sbe_i64le(p + 16), 0, 0, x0_priceExponent, st.dec)
            v_lowPrice = mant_i64(sbe_i64le(p + 24), 0, 0, x0_priceExponent, st.dec)
            v_closePrice = mant_i64(sbe_i64le(p + 32), 0, 0, x0_priceExponent, st.dec)
            v_volume = mant128(p + 40, 0, x0_qtyExponent, st.dec)
            v_closeTime = sbe_i64le(p + 56)
            v_quoteVolume = mant128(p + 64, 0, x0_priceExponent, st.dec)
            v_numTrades = sbe_i64le(p + 80)
            v_takerBuyBaseVolume = mant128(p + 88, 0, x0_qtyExponent, st.dec)
            v_takerBuyQuoteVolume = mant128(p + 104, 0, x0_priceExponent, st.dec)
            e = PyDict_Copy(_T58)
            e['openTime'] = v_openTime
            e['openPrice'] = v_openPrice
            e['highPrice'] = v_highPrice
            e['lowPrice'] = v_lowPrice
            e['closePrice'] = v_closePrice
            e['volume'] = v_volume
            e['closeTime'] = v_closeTime
            e['quoteVolume'] = v_quoteVolume
            e['numTrades'] = v_numTrades
            e['takerBuyBaseVolume'] = v_takerBuyBaseVolume
            e['takerBuyQuoteVolume'] = v_takerBuyQuoteVolume
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('klines')
        raise
    ppos[0] = pos
    return rows

cdef class KlinesResponse(Record):
    """Record of message KlinesResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_KlinesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """KlinesResponse as a KlinesResponse record; ``pos`` is the start of the root block."""
    cdef KlinesResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of KlinesResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('KlinesResponse', _BF_KlinesResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = KlinesResponse.__new__(KlinesResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    pos += bl
    r.klines = _gr_KlinesResponse__klines(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_KlinesResponse__klines(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    st.stop = pos
    return r

cdef class KlinesResponse_klines(Record):
    """Record of entry of group klines; ``to_dict()`` gives the dict form."""


cdef list _gr_KlinesResponse__klines(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group klines as a list of KlinesResponse_klines records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef KlinesResponse_klines e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('klines', "dimension of group 'klines'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('klines', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 120:
        raise_short_block('group klines', _BF_KlinesResponse__klines, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = KlinesResponse_klines.__new__(KlinesResponse_klines)
            e._dec = st.dec
            e.openTime = sbe_i64le(p)
            e.c_openPrice = sbe_i64le(p + 8)
            e.e_openPrice = x0_priceExponent
            e.c_highPrice = sbe_i64le(p + 16)
            e.e_highPrice = x0_priceExponent
            e.c_lowPrice = sbe_i64le(p + 24)
            e.e_lowPrice = x0_priceExponent
            e.c_closePrice = sbe_i64le(p + 32)
            e.e_closePrice = x0_priceExponent
            e.volume = mant128(p + 40, 0, x0_qtyExponent, st.dec)
            e.closeTime = sbe_i64le(p + 56)
            e.quoteVolume = mant128(p + 64, 0, x0_priceExponent, st.dec)
            e.numTrades = sbe_i64le(p + 80)
            e.takerBuyBaseVolume = mant128(p + 88, 0, x0_qtyExponent, st.dec)
            e.takerBuyQuoteVolume = mant128(p + 104, 0, x0_priceExponent, st.dec)
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('klines')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_AveragePriceResponse = (('mins', 8, 0), ('priceExponent', 9, 0), ('price', 17, 0), ('closeTime', 25, 0))
cdef dict _m_AveragePriceResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AveragePriceResponse (template 204); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of AveragePriceResponse', pos, bl, end - pos)
    if bl < 25:
        raise_short_block('AveragePriceResponse', _BF_AveragePriceResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 8)
    v_mins = sbe_i64le(p)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_price = mant_i64(sbe_i64le(p + 9), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_closeTime = opt_i64(sbe_i64le(p + 17), INT64_MIN)
    pos += bl
    d = PyDict_Copy(_T59 if st.dec == DEC_RAW else _T60)
    d['$message'] = 'AveragePriceResponse'
    d['mins'] = v_mins
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
    d['price'] = v_price
    d['closeTime'] = v_closeTime
    st.stop = pos
    return d

cdef class AveragePriceResponse(Record):
    """Record of message AveragePriceResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_AveragePriceResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AveragePriceResponse as a AveragePriceResponse record; ``pos`` is the start of the root block."""
    cdef AveragePriceResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of AveragePriceResponse', pos, bl, end - pos)
    if bl < 25:
        raise_short_block('AveragePriceResponse', _BF_AveragePriceResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 8)
    r = AveragePriceResponse.__new__(AveragePriceResponse)
    r._dec = st.dec
    r.mins = sbe_i64le(p)
    r.c_priceExponent = x0_priceExponent
    r.c_price = sbe_i64le(p + 9)
    r.e_price = x0_priceExponent
    r.closeTime = opt_i64(sbe_i64le(p + 17), INT64_MIN)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_Ticker24hSymbolFullResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('priceChange', 10, 0), ('priceChangePercent', 14, 0), ('weightedAvgPrice', 22, 0), ('prevClosePrice', 30, 0), ('lastPrice', 38, 0), ('lastQty', 54, 0), ('bidPrice', 62, 0), ('bidQty', 70, 0), ('askPrice', 78, 0), ('askQty', 86, 0), ('openPrice', 94, 0), ('highPrice', 102, 0), ('lowPrice', 110, 0), ('volume', 126, 0), ('quoteVolume', 142, 0), ('openTime', 150, 0), ('closeTime', 158, 0), ('firstId', 166, 0), ('lastId', 174, 0), ('numTrades', 182, 0))
cdef dict _m_Ticker24hSymbolFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """Ticker24hSymbolFullResponse (template 205); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of Ticker24hSymbolFullResponse', pos, bl, end - pos)
    if bl < 182:
        raise_short_block('Ticker24hSymbolFullResponse', _BF_Ticker24hSymbolFullResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_priceChange = mant_i64(sbe_i64le(p + 2), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_priceChangePercent = opt_f64(sbe_f32le(p + 10))
    v_weightedAvgPrice = mant_i64(sbe_i64le(p + 14), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_prevClosePrice = mant_i64(sbe_i64le(p + 22), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_lastPrice = mant_i64(sbe_i64le(p + 30), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_lastQty = mant128(p + 38, 0, x0_qtyExponent, st.dec)
    v_bidPrice = mant_i64(sbe_i64le(p + 54), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_bidQty = mant_i64(sbe_i64le(p + 62), 0, 0, x0_qtyExponent, st.dec)
    v_askPrice = mant_i64(sbe_i64le(p + 70), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_askQty = mant_i64(sbe_i64le(p + 78), 0, 0, x0_qtyExponent, st.dec)
    v_openPrice = mant_i64(sbe_i64le(p + 86), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_highPrice = mant_i64(sbe_i64le(p + 94), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_lowPrice = mant_i64(sbe_i64le(p + 102), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_volume = mant128(p + 110, 0, x0_qtyExponent, st.dec)
    v_quoteVolume = mant128(p + 126, 0, x0_priceExponent, st.dec)
    v_openTime = sbe_i64le(p + 142)
    v_closeTime = sbe_i64le(p + 150)
    v_firstId = opt_i64(sbe_i64le(p + 158), INT64_MIN)
    v_lastId = opt_i64(sbe_i64le(p + 166), INT64_MIN)
    v_numTrades = sbe_i64le(p + 174)
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T61 if st.dec == DEC_RAW else _T62)
    d['$message'] = 'Ticker24hSymbolFullResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['priceChange'] = v_priceChange
    d['priceChangePercent'] = v_priceChangePercent
    d['weightedAvgPrice'] = v_weightedAvgPrice
    d['prevClosePrice'] = v_prevClosePrice
    d['lastPrice'] = v_lastPrice
    d['lastQty'] = v_lastQty
    d['bidPrice'] = v_bidPrice
    d['bidQty'] = v_bidQty
    d['askPrice'] = v_askPrice
    d['askQty'] = v_askQty
    d['openPrice'] = v_openPrice
    d['highPrice'] = v_highPrice
    d['lowPrice'] = v_lowPrice
    d['volume'] = v_volume
    d['quoteVolume'] = v_quoteVolume
    d['openTime'] = v_openTime
    d['closeTime'] = v_closeTime
    d['firstId'] = v_firstId
    d['lastId'] = v_lastId
    d['numTrades'] = v_numTrades
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef class Ticker24hSymbolFullResponse(Record):
    """Record of message Ticker24hSymbolFullResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_Ticker24hSymbolFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """Ticker24hSymbolFullResponse as a Ticker24hSymbolFullResponse record; ``pos`` is the start of the root block."""
    cdef Ticker24hSymbolFullResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of Ticker24hSymbolFullResponse', pos, bl, end - pos)
    if bl < 182:
        raise_short_block('Ticker24hSymbolFullResponse', _BF_Ticker24hSymbolFullResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = Ticker24hSymbolFullResponse.__new__(Ticker24hSymbolFullResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.c_priceChange = sbe_i64le(p + 2)
    r.e_priceChange = x0_priceExponent
    r.priceChangePercent = opt_f64(sbe_f32le(p + 10))
    r.c_weightedAvgPrice = sbe_i64le(p + 14)
    r.e_weightedAvgPrice = x0_priceExponent
    r.c_prevClosePrice = sbe_i64le(p + 22)
    r.e_prevClosePrice = x0_priceExponent
    r.c_lastPrice = sbe_i64le(p + 30)
    r.e_lastPrice = x0_priceExponent
    r.lastQty = mant128(p + 38, 0, x0_qtyExponent, st.dec)
    r.c_bidPrice = sbe_i64le(p + 54)
    r.e_bidPrice = x0_priceExponent
    r.c_bidQty = sbe_i64le(p + 62)
    r.e_bidQty = x0_qtyExponent
    r.c_askPrice = sbe_i64le(p + 70)
    r.e_askPrice = x0_priceExponent
    r.c_askQty = sbe_i64le(p + 78)
    r.e_askQty = x0_qtyExponent
    r.c_openPrice = sbe_i64le(p + 86)
    r.e_openPrice = x0_priceExponent
    r.c_highPrice = sbe_i64le(p + 94)
    r.e_highPrice = x0_priceExponent
    r.c_lowPrice = sbe_i64le(p + 102)
    r.e_lowPrice = x0_priceExponent
    r.volume = mant128(p + 110, 0, x0_qtyExponent, st.dec)
    r.quoteVolume = mant128(p + 126, 0, x0_priceExponent, st.dec)
    r.openTime = sbe_i64le(p + 142)
    r.closeTime = sbe_i64le(p + 150)
    r.firstId = opt_i64(sbe_i64le(p + 158), INT64_MIN)
    r.lastId = opt_i64(sbe_i64le(p + 166), INT64_MIN)
    r.numTrades = sbe_i64le(p + 174)
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef tuple _BF_Ticker24hFullResponse = ()
cdef dict _m_Ticker24hFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """Ticker24hFullResponse (template 206); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of Ticker24hFullResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('Ticker24hFullResponse', _BF_Ticker24hFullResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_tickers = _g_Ticker24hFullResponse__tickers(st, &pos, end, ver)
    d = PyDict_Copy(_T63)
    d['$message'] = 'Ticker24hFullResponse'
    d['tickers'] = v_tickers
    st.stop = pos
    return d

cdef tuple _BF_Ticker24hFullResponse__tickers = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('priceChange', 10, 0), ('priceChangePercent', 14, 0), ('weightedAvgPrice', 22, 0), ('prevClosePrice', 30, 0), ('lastPrice', 38, 0), ('lastQty', 54, 0), ('bidPrice', 62, 0), ('bidQty', 70, 0), ('askPrice', 78, 0), ('askQty', 86, 0), ('openPrice', 94, 0), ('highPrice', 102, 0), ('lowPrice', 110, 0), ('volume', 126, 0), ('quoteVolume', 142, 0), ('openTime', 150, 0), ('closeTime', 158, 0), ('firstId', 166, 0), ('lastId', 174, 0), ('numTrades', 182, 0))
cdef GroupSpec _GS_Ticker24hFullResponse__tickers
cdef object _nf_Ticker24hFullResponse__tickers(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group tickers as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_priceExponent
    cdef int l_qtyExponent
    out = new_rows(_GS_Ticker24hFullResponse__tickers, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 164
            l_priceExponent = sbe_i8(p + 0)
            l_qtyExponent = sbe_i8(p + 1)
            t_i = sbe_i64le(p + 2)
            sbe_put_f64(q + 0, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            memcpy(q + 8, p + 10, 4)
            t_i = sbe_i64le(p + 14)
            sbe_put_f64(q + 12, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 22)
            sbe_put_f64(q + 20, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 30)
            sbe_put_f64(q + 28, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_u = sbe_u64le(p + 38)
            t_i = sbe_i64le(p + 46)
            sbe_put_f64(q + 36, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i128(t_u, t_i, l_qtyExponent)))
            t_i = sbe_i64le(p + 54)
            sbe_put_f64(q + 44, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 62)
            sbe_put_f64(q + 52, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            t_i = sbe_i64le(p + 70)
            sbe_put_f64(q + 60, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 78)
            sbe_put_f64(q + 68, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            t_i = sbe_i64le(p + 86)
            sbe_put_f64(q + 76, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 94)
            sbe_put_f64(q + 84, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 102)
            sbe_put_f64(q + 92, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_u = sbe_u64le(p + 110)
            t_i = sbe_i64le(p + 118)
            sbe_put_f64(q + 100, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i128(t_u, t_i, l_qtyExponent)))
            t_u = sbe_u64le(p + 126)
            t_i = sbe_i64le(p + 134)
            sbe_put_f64(q + 108, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i128(t_u, t_i, l_priceExponent)))
            memcpy(q + 116, p + 142, 8)
            memcpy(q + 124, p + 150, 8)
            memcpy(q + 132, p + 158, 8)
            memcpy(q + 140, p + 166, 8)
            memcpy(q + 148, p + 174, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 190
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 8)
            memcpy(q + 10, p + 10, 4)
            memcpy(q + 14, p + 14, 8)
            memcpy(q + 22, p + 22, 8)
            memcpy(q + 30, p + 30, 8)
            memcpy(q + 38, p + 38, 16)
            memcpy(q + 54, p + 54, 8)
            memcpy(q + 62, p + 62, 8)
            memcpy(q + 70, p + 70, 8)
            memcpy(q + 78, p + 78, 8)
            memcpy(q + 86, p + 86, 8)
            memcpy(q + 94, p + 94, 8)
            memcpy(q + 102, p + 102, 8)
            memcpy(q + 110, p + 110, 16)
            memcpy(q + 126, p + 126, 16)
            memcpy(q + 142, p + 142, 8)
            memcpy(q + 150, p + 150, 8)
            memcpy(q + 158, p + 158, 8)
            memcpy(q + 166, p + 166, 8)
            memcpy(q + 174, p + 174, 8)
    return out

cdef object _g_Ticker24hFullResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 182:
        raise_short_block('group tickers', _BF_Ticker24hFullResponse__tickers, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T42)
                e['symbol'] = v_symbol
            else:
                v_priceExponent = None if x1_priceExponent == EXP_NONE else x1_priceExponent
                v_qtyExponent = None if x1_qtyExponent == EXP_NONE else x1_qtyExponent
                v_priceChange = mant_i64(sbe_i64le(p + 2), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_priceChangePercent = opt_f64(sbe_f32le(p + 10))
                v_weightedAvgPrice = mant_i64(sbe_i64le(p + 14), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_prevClosePrice = mant_i64(sbe_i64le(p + 22), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_lastPrice = mant_i64(sbe_i64le(p + 30), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_lastQty = mant128(p + 38, 0, x1_qtyExponent, st.dec)
                v_bidPrice = mant_i64(sbe_i64le(p + 54), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_bidQty = mant_i64(sbe_i64le(p + 62), 0, 0, x1_qtyExponent, st.dec)
                v_askPrice = mant_i64(sbe_i64le(p + 70), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_askQty = mant_i64(sbe_i64le(p + 78), 0, 0, x1_qtyExponent, st.dec)
                v_openPrice = mant_i64(sbe_i64le(p + 86), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_highPrice = mant_i64(sbe_i64le(p + 94), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_lowPrice = mant_i64(sbe_i64le(p + 102), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_volume = mant128(p + 110, 0, x1_qtyExponent, st.dec)
                v_quoteVolume = mant128(p + 126, 0, x1_priceExponent, st.dec)
                v_openTime = sbe_i64le(p + 142)
                v_closeTime = sbe_i64le(p + 150)
                v_firstId = opt_i64(sbe_i64le(p + 158), INT64_MIN)
                v_lastId = opt_i64(sbe_i64le(p + 166), INT64_MIN)
                v_numTrades = sbe_i64le(p + 174)
                e = PyDict_Copy(_T64 if st.dec == DEC_RAW else _T65)
                if st.dec == DEC_RAW:
                    e['priceExponent'] = v_priceExponent
                    e['qtyExponent'] = v_qtyExponent
                e['priceChange'] = v_priceChange
                e['priceChangePercent'] = v_priceChangePercent
                e['weightedAvgPrice'] = v_weightedAvgPrice
                e['prevClosePrice'] = v_prevClosePrice
                e['lastPrice'] = v_lastPrice
                e['lastQty'] = v_lastQty
                e['bidPrice'] = v_bidPrice
                e['bidQty'] = v_bidQty
                e['askPrice'] = v_askPrice
                e['askQty'] = v_askQty
                e['openPrice'] = v_openPrice
                e['highPrice'] = v_highPrice
                e['lowPrice'] = v_lowPrice
                e['volume'] = v_volume
                e['quoteVolume'] = v_quoteVolume
                e['openTime'] = v_openTime
                e['closeTime'] = v_closeTime
                e['firstId'] = v_firstId
                e['lastId'] = v_lastId
                e['numTrades'] = v_numTrades
                e['symbol'] = v_symbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_Ticker24hFullResponse__tickers, _nf_Ticker24hFullResponse__tickers(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_Ticker24hFullResponse__tickers, fixed, bl, n, ver, (), rows)
    return rows

cdef class Ticker24hFullResponse(Record):
    """Record of message Ticker24hFullResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_Ticker24hFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """Ticker24hFullResponse as a Ticker24hFullResponse record; ``pos`` is the start of the root block."""
    cdef Ticker24hFullResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of Ticker24hFullResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('Ticker24hFullResponse', _BF_Ticker24hFullResponse, ver, bl, pos)
    p = st.buf + pos
    r = Ticker24hFullResponse.__new__(Ticker24hFullResponse)
    r._dec = st.dec
    pos += bl
    r.tickers = _gr_Ticker24hFullResponse__tickers(st, &pos, end, ver) if st.grp == GRP_LIST else _g_Ticker24hFullResponse__tickers(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class Ticker24hFullResponse_tickers(Record):
    """Record of entry of group tickers; ``to_dict()`` gives the dict form."""


cdef list _gr_Ticker24hFullResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers as a list of Ticker24hFullResponse_tickers records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef Ticker24hFullResponse_tickers e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 182:
        raise_short_block('group tickers', _BF_Ticker24hFullResponse__tickers, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            e = Ticker24hFullResponse_tickers.__new__(Ticker24hFullResponse_tickers)
            e._dec = st.dec
            e.c_priceExponent = x1_priceExponent
            e.c_qtyExponent = x1_qtyExponent
            e.c_priceChange = sbe_i64le(p + 2)
            e.e_priceChange = x1_priceExponent
            e.priceChangePercent = opt_f64(sbe_f32le(p + 10))
            e.c_weightedAvgPrice = sbe_i64le(p + 14)
            e.e_weightedAvgPrice = x1_priceExponent
            e.c_prevClosePrice = sbe_i64le(p + 22)
            e.e_prevClosePrice = x1_priceExponent
            e.c_lastPrice = sbe_i64le(p + 30)
            e.e_lastPrice = x1_priceExponent
            e.lastQty = mant128(p + 38, 0, x1_qtyExponent, st.dec)
            e.c_bidPrice = sbe_i64le(p + 54)
            e.e_bidPrice = x1_priceExponent
            e.c_bidQty = sbe_i64le(p + 62)
            e.e_bidQty = x1_qtyExponent
            e.c_askPrice = sbe_i64le(p + 70)
            e.e_askPrice = x1_priceExponent
            e.c_askQty = sbe_i64le(p + 78)
            e.e_askQty = x1_qtyExponent
            e.c_openPrice = sbe_i64le(p + 86)
            e.e_openPrice = x1_priceExponent
            e.c_highPrice = sbe_i64le(p + 94)
            e.e_highPrice = x1_priceExponent
            e.c_lowPrice = sbe_i64le(p + 102)
            e.e_lowPrice = x1_priceExponent
            e.volume = mant128(p + 110, 0, x1_qtyExponent, st.dec)
            e.quoteVolume = mant128(p + 126, 0, x1_priceExponent, st.dec)
            e.openTime = sbe_i64le(p + 142)
            e.closeTime = sbe_i64le(p + 150)
            e.firstId = opt_i64(sbe_i64le(p + 158), INT64_MIN)
            e.lastId = opt_i64(sbe_i64le(p + 166), INT64_MIN)
            e.numTrades = sbe_i64le(p + 174)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_Ticker24hSymbolMiniResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('openPrice', 10, 0), ('highPrice', 18, 0), ('lowPrice', 26, 0), ('lastPrice', 34, 0), ('volume', 50, 0), ('quoteVolume', 66, 0), ('openTime', 74, 0), ('closeTime', 82, 0), ('firstId', 90, 0), ('lastId', 98, 0), ('numTrades', 106, 0))
cdef dict _m_Ticker24hSymbolMiniResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """Ticker24hSymbolMiniResponse (template 207); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of Ticker24hSymbolMiniResponse', pos, bl, end - pos)
    if bl < 106:
        raise_short_block('Ticker24hSymbolMiniResponse', _BF_Ticker24hSymbolMiniResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_openPrice = mant_i64(sbe_i64le(p + 2), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_highPrice = mant_i64(sbe_i64le(p + 10), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_lowPrice = mant_i64(sbe_i64le(p + 18), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_lastPrice = mant_i64(sbe_i64le(p + 26), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_volume = mant128(p + 34, 0, x0_qtyExponent, st.dec)
    v_quoteVolume = mant128(p + 50, 0, x0_priceExponent, st.dec)
    v_openTime = sbe_i64le(p + 66)
    v_closeTime = sbe_i64le(p + 74)
    v_firstId = opt_i64(sbe_i64le(p + 82), INT64_MIN)
    v_lastId = opt_i64(sbe_i64le(p + 90), INT64_MIN)
    v_numTrades = sbe_i64le(p + 98)
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T66 if st.dec == DEC_RAW else _T67)
    d['$message'] = 'Ticker24hSymbolMiniResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['openPrice'] = v_openPrice
    d['highPrice'] = v_highPrice
    d['lowPrice'] = v_lowPrice
    d['lastPrice'] = v_lastPrice
    d['volume'] = v_volume
    d['quoteVolume'] = v_quoteVolume
    d['openTime'] = v_openTime
    d['closeTime'] = v_closeTime
    d['firstId'] = v_firstId
    d['lastId'] = v_lastId
    d['numTrades'] = v_numTrades
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef class Ticker24hSymbolMiniResponse(Record):
    """Record of message Ticker24hSymbolMiniResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_Ticker24hSymbolMiniResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """Ticker24hSymbolMiniResponse as a Ticker24hSymbolMiniResponse record; ``pos`` is the start of the root block."""
    cdef Ticker24hSymbolMiniResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of Ticker24hSymbolMiniResponse', pos, bl, end - pos)
    if bl < 106:
        raise_short_block('Ticker24hSymbolMiniResponse', _BF_Ticker24hSymbolMiniResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = Ticker24hSymbolMiniResponse.__new__(Ticker24hSymbolMiniResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.c_openPrice = sbe_i64le(p + 2)
    r.e_openPrice = x0_priceExponent
    r.c_highPrice = sbe_i64le(p + 10)
    r.e_highPrice = x0_priceExponent
    r.c_lowPrice = sbe_i64le(p + 18)
    r.e_lowPrice = x0_priceExponent
    r.c_lastPrice = sbe_i64le(p + 26)
    r.e_lastPrice = x0_priceExponent
    r.volume = mant128(p + 34, 0, x0_qtyExponent, st.dec)
    r.quoteVolume = mant128(p + 50, 0, x0_priceExponent, st.dec)
    r.openTime = sbe_i64le(p + 66)
    r.closeTime = sbe_i64le(p + 74)
    r.firstId = opt_i64(sbe_i64le(p + 82), INT64_MIN)
    r.lastId = opt_i64(sbe_i64le(p + 90), INT64_MIN)
    r.numTrades = sbe_i64le(p + 98)
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef tuple _BF_Ticker24hMiniResponse = ()
cdef dict _m_Ticker24hMiniResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """Ticker24hMiniResponse (template 208); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of Ticker24hMiniResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('Ticker24hMiniResponse', _BF_Ticker24hMiniResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_tickers = _g_Ticker24hMiniResponse__tickers(st, &pos, end, ver)
    d = PyDict_Copy(_T63)
    d['$message'] = 'Ticker24hMiniResponse'
    d['tickers'] = v_tickers
    st.stop = pos
    return d

cdef tuple _BF_Ticker24hMiniResponse__tickers = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('openPrice', 10, 0), ('highPrice', 18, 0), ('lowPrice', 26, 0), ('lastPrice', 34, 0), ('volume', 50, 0), ('quoteVolume', 66, 0), ('openTime', 74, 0), ('closeTime', 82, 0), ('firstId', 90, 0), ('lastId', 98, 0), ('numTrades', 106, 0))
cdef GroupSpec _GS_Ticker24hMiniResponse__tickers
cdef object _nf_Ticker24hMiniResponse__tickers(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group tickers as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_priceExponent
    cdef int l_qtyExponent
    out = new_rows(_GS_Ticker24hMiniResponse__tickers, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 96
            l_priceExponent = sbe_i8(p + 0)
            l_qtyExponent = sbe_i8(p + 1)
            t_i = sbe_i64le(p + 2)
            sbe_put_f64(q + 0, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 10)
            sbe_put_f64(q + 8, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 18)
            sbe_put_f64(q + 16, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 26)
            sbe_put_f64(q + 24, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_u = sbe_u64le(p + 34)
            t_i = sbe_i64le(p + 42)
            sbe_put_f64(q + 32, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i128(t_u, t_i, l_qtyExponent)))
            t_u = sbe_u64le(p + 50)
            t_i = sbe_i64le(p + 58)
            sbe_put_f64(q + 40, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i128(t_u, t_i, l_priceExponent)))
            memcpy(q + 48, p + 66, 8)
            memcpy(q + 56, p + 74, 8)
            memcpy(q + 64, p + 82, 8)
            memcpy(q + 72, p + 90, 8)
            memcpy(q + 80, p + 98, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 114
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 8)
            memcpy(q + 10, p + 10, 8)
            memcpy(q + 18, p + 18, 8)
            memcpy(q + 26, p + 26, 8)
            memcpy(q + 34, p + 34, 16)
            memcpy(q + 50, p + 50, 16)
            memcpy(q + 66, p + 66, 8)
            memcpy(q + 74, p + 74, 8)
            memcpy(q + 82, p + 82, 8)
            memcpy(q + 90, p + 90, 8)
            memcpy(q + 98, p + 98, 8)
    return out

cdef object _g_Ticker24hMiniResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 106:
        raise_short_block('group tickers', _BF_Ticker24hMiniResponse__tickers, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T42)
                e['symbol'] = v_symbol
            else:
                v_priceExponent = None if x1_priceExponent == EXP_NONE else x1_priceExponent
                v_qtyExponent = None if x1_qtyExponent == EXP_NONE else x1_qtyExponent
                v_openPrice = mant_i64(sbe_i64le(p + 2), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_highPrice = mant_i64(sbe_i64le(p + 10), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_lowPrice = mant_i64(sbe_i64le(p + 18), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_lastPrice = mant_i64(sbe_i64le(p + 26), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_volume = mant128(p + 34, 0, x1_qtyExponent, st.dec)
                v_quoteVolume = mant128(p + 50, 0, x1_priceExponent, st.dec)
                v_openTime = sbe_i64le(p + 66)
                v_closeTime = sbe_i64le(p + 74)
                v_firstId = opt_i64(sbe_i64le(p + 82), INT64_MIN)
                v_lastId = opt_i64(sbe_i64le(p + 90), INT64_MIN)
                v_numTrades = sbe_i64le(p + 98)
                e = PyDict_Copy(_T68 if st.dec == DEC_RAW else _T69)
                if st.dec == DEC_RAW:
                    e['priceExponent'] = v_priceExponent
                    e['qtyExponent'] = v_qtyExponent
                e['openPrice'] = v_openPrice
                e['highPrice'] = v_highPrice
                e['lowPrice'] = v_lowPrice
                e['lastPrice'] = v_lastPrice
                e['volume'] = v_volume
                e['quoteVolume'] = v_quoteVolume
                e['openTime'] = v_openTime
                e['closeTime'] = v_closeTime
                e['firstId'] = v_firstId
                e['lastId'] = v_lastId
                e['numTrades'] = v_numTrades
                e['symbol'] = v_symbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_Ticker24hMiniResponse__tickers, _nf_Ticker24hMiniResponse__tickers(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_Ticker24hMiniResponse__tickers, fixed, bl, n, ver, (), rows)
    return rows

cdef class Ticker24hMiniResponse(Record):
    """Record of message Ticker24hMiniResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_Ticker24hMiniResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """Ticker24hMiniResponse as a Ticker24hMiniResponse record; ``pos`` is the start of the root block."""
    cdef Ticker24hMiniResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of Ticker24hMiniResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('Ticker24hMiniResponse', _BF_Ticker24hMiniResponse, ver, bl, pos)
    p = st.buf + pos
    r = Ticker24hMiniResponse.__new__(Ticker24hMiniResponse)
    r._dec = st.dec
    pos += bl
    r.tickers = _gr_Ticker24hMiniResponse__tickers(st, &pos, end, ver) if st.grp == GRP_LIST else _g_Ticker24hMiniResponse__tickers(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class Ticker24hMiniResponse_tickers(Record):
    """Record of entry of group tickers; ``to_dict()`` gives the dict form."""


cdef list _gr_Ticker24hMiniResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers as a list of Ticker24hMiniResponse_tickers records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef Ticker24hMiniResponse_tickers e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 106:
        raise_short_block('group tickers', _BF_Ticker24hMiniResponse__tickers, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            e = Ticker24hMiniResponse_tickers.__new__(Ticker24hMiniResponse_tickers)
            e._dec = st.dec
            e.c_priceExponent = x1_priceExponent
            e.c_qtyExponent = x1_qtyExponent
            e.c_openPrice = sbe_i64le(p + 2)
            e.e_openPrice = x1_priceExponent
            e.c_highPrice = sbe_i64le(p + 10)
            e.e_highPrice = x1_priceExponent
            e.c_lowPrice = sbe_i64le(p + 18)
            e.e_lowPrice = x1_priceExponent
            e.c_lastPrice = sbe_i64le(p + 26)
            e.e_lastPrice = x1_priceExponent
            e.volume = mant128(p + 34, 0, x1_qtyExponent, st.dec)
            e.quoteVolume = mant128(p + 50, 0, x1_priceExponent, st.dec)
            e.openTime = sbe_i64le(p + 66)
            e.closeTime = sbe_i64le(p + 74)
            e.firstId = opt_i64(sbe_i64le(p + 82), INT64_MIN)
            e.lastId = opt_i64(sbe_i64le(p + 90), INT64_MIN)
            e.numTrades = sbe_i64le(p + 98)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_PriceTickerSymbolResponse = (('priceExponent', 1, 0), ('price', 9, 0))
cdef dict _m_PriceTickerSymbolResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PriceTickerSymbolResponse (template 209); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of PriceTickerSymbolResponse', pos, bl, end - pos)
    if bl < 9:
        raise_short_block('PriceTickerSymbolResponse', _BF_PriceTickerSymbolResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_price = mant_i64(sbe_i64le(p + 1), 1, INT64_MIN, x0_priceExponent, st.dec)
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T70 if st.dec == DEC_RAW else _T71)
    d['$message'] = 'PriceTickerSymbolResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
    d['price'] = v_price
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef class PriceTickerSymbolResponse(Record):
    """Record of message PriceTickerSymbolResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_PriceTickerSymbolResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PriceTickerSymbolResponse as a PriceTickerSymbolResponse record; ``pos`` is the start of the root block."""
    cdef PriceTickerSymbolResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of PriceTickerSymbolResponse', pos, bl, end - pos)
    if bl < 9:
        raise_short_block('PriceTickerSymbolResponse', _BF_PriceTickerSymbolResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    r = PriceTickerSymbolResponse.__new__(PriceTickerSymbolResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_price = sbe_i64le(p + 1)
    r.e_price = x0_priceExponent
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef tuple _BF_PriceTickerResponse = ()
cdef dict _m_PriceTickerResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PriceTickerResponse (template 210); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of PriceTickerResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('PriceTickerResponse', _BF_PriceTickerResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_tickers = _g_PriceTickerResponse__tickers(st, &pos, end, ver)
    d = PyDict_Copy(_T63)
    d['$message'] = 'PriceTickerResponse'
    d['tickers'] = v_tickers
    st.stop = pos
    return d

cdef tuple _BF_PriceTickerResponse__tickers = (('priceExponent', 1, 0), ('price', 9, 0))
cdef GroupSpec _GS_PriceTickerResponse__tickers
cdef object _nf_PriceTickerResponse__tickers(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group tickers as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_priceExponent
    out = new_rows(_GS_PriceTickerResponse__tickers, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 16
            l_priceExponent = sbe_i8(p + 0)
            t_i = sbe_i64le(p + 1)
            sbe_put_f64(q + 0, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 17
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 8)
    return out

cdef object _g_PriceTickerResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 9:
        raise_short_block('group tickers', _BF_PriceTickerResponse__tickers, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T42)
                e['symbol'] = v_symbol
            else:
                v_priceExponent = None if x1_priceExponent == EXP_NONE else x1_priceExponent
                v_price = mant_i64(sbe_i64le(p + 1), 1, INT64_MIN, x1_priceExponent, st.dec)
                e = PyDict_Copy(_T72 if st.dec == DEC_RAW else _T73)
                if st.dec == DEC_RAW:
                    e['priceExponent'] = v_priceExponent
                e['price'] = v_price
                e['symbol'] = v_symbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_PriceTickerResponse__tickers, _nf_PriceTickerResponse__tickers(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_PriceTickerResponse__tickers, fixed, bl, n, ver, (), rows)
    return rows

cdef class PriceTickerResponse(Record):
    """Record of message PriceTickerResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_PriceTickerResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """PriceTickerResponse as a PriceTickerResponse record; ``pos`` is the start of the root block."""
    cdef PriceTickerResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of PriceTickerResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('PriceTickerResponse', _BF_PriceTickerResponse, ver, bl, pos)
    p = st.buf + pos
    r = PriceTickerResponse.__new__(PriceTickerResponse)
    r._dec = st.dec
    pos += bl
    r.tickers = _gr_PriceTickerResponse__tickers(st, &pos, end, ver) if st.grp == GRP_LIST else _g_PriceTickerResponse__tickers(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class PriceTickerResponse_tickers(Record):
    """Record of entry of group tickers; ``to_dict()`` gives the dict form."""


cdef list _gr_PriceTickerResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers as a list of PriceTickerResponse_tickers records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef PriceTickerResponse_tickers e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 9:
        raise_short_block('group tickers', _BF_PriceTickerResponse__tickers, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            e = PriceTickerResponse_tickers.__new__(PriceTickerResponse_tickers)
            e._dec = st.dec
            e.c_priceExponent = x1_priceExponent
            e.c_price = sbe_i64le(p + 1)
            e.e_price = x1_priceExponent
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_BookTickerSymbolResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('bidPrice', 10, 0), ('bidQty', 18, 0), ('askPrice', 26, 0), ('askQty', 34, 0))
cdef dict _m_BookTickerSymbolResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """BookTickerSymbolResponse (template 211); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of BookTickerSymbolResponse', pos, bl, end - pos)
    if bl < 34:
        raise_short_block('BookTickerSymbolResponse', _BF_BookTickerSymbolResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_bidPrice = mant_i64(sbe_i64le(p + 2), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_bidQty = mant_i64(sbe_i64le(p + 10), 0, 0, x0_qtyExponent, st.dec)
    v_askPrice = mant_i64(sbe_i64le(p + 18), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_askQty = mant_i64(sbe_i64le(p + 26), 0, 0, x0_qtyExponent, st.dec)
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T74 if st.dec == DEC_RAW else _T75)
    d['$message'] = 'BookTickerSymbolResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['bidPrice'] = v_bidPrice
    d['bidQty'] = v_bidQty
    d['askPrice'] = v_askPrice
    d['askQty'] = v_askQty
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef class BookTickerSymbolResponse(Record):
    """Record of message BookTickerSymbolResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_BookTickerSymbolResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """BookTickerSymbolResponse as a BookTickerSymbolResponse record; ``pos`` is the start of the root block."""
    cdef BookTickerSymbolResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of BookTickerSymbolResponse', pos, bl, end - pos)
    if bl < 34:
        raise_short_block('BookTickerSymbolResponse', _BF_BookTickerSymbolResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = BookTickerSymbolResponse.__new__(BookTickerSymbolResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.c_bidPrice = sbe_i64le(p + 2)
    r.e_bidPrice = x0_priceExponent
    r.c_bidQty = sbe_i64le(p + 10)
    r.e_bidQty = x0_qtyExponent
    r.c_askPrice = sbe_i64le(p + 18)
    r.e_askPrice = x0_priceExponent
    r.c_askQty = sbe_i64le(p + 26)
    r.e_askQty = x0_qtyExponent
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef tuple _BF_BookTickerResponse = ()
cdef dict _m_BookTickerResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """BookTickerResponse (template 212); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of BookTickerResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('BookTickerResponse', _BF_BookTickerResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_tickers = _g_BookTickerResponse__tickers(st, &pos, end, ver)
    d = PyDict_Copy(_T63)
    d['$message'] = 'BookTickerResponse'
    d['tickers'] = v_tickers
    st.stop = pos
    return d

cdef tuple _BF_BookTickerResponse__tickers = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('bidPrice', 10, 0), ('bidQty', 18, 0), ('askPrice', 26, 0), ('askQty', 34, 0))
cdef GroupSpec _GS_BookTickerResponse__tickers
cdef object _nf_BookTickerResponse__tickers(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group tickers as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_priceExponent
    cdef int l_qtyExponent
    out = new_rows(_GS_BookTickerResponse__tickers, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 40
            l_priceExponent = sbe_i8(p + 0)
            l_qtyExponent = sbe_i8(p + 1)
            t_i = sbe_i64le(p + 2)
            sbe_put_f64(q + 0, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 10)
            sbe_put_f64(q + 8, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            t_i = sbe_i64le(p + 18)
            sbe_put_f64(q + 16, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 26)
            sbe_put_f64(q + 24, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 42
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 8)
            memcpy(q + 10, p + 10, 8)
            memcpy(q + 18, p + 18, 8)
            memcpy(q + 26, p + 26, 8)
    return out

cdef object _g_BookTickerResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 34:
        raise_short_block('group tickers', _BF_BookTickerResponse__tickers, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T42)
                e['symbol'] = v_symbol
            else:
                v_priceExponent = None if x1_priceExponent == EXP_NONE else x1_priceExponent
                v_qtyExponent = None if x1_qtyExponent == EXP_NONE else x1_qtyExponent
                v_bidPrice = mant_i64(sbe_i64le(p + 2), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_bidQty = mant_i64(sbe_i64le(p + 10), 0, 0, x1_qtyExponent, st.dec)
                v_askPrice = mant_i64(sbe_i64le(p + 18), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_askQty = mant_i64(sbe_i64le(p + 26), 0, 0, x1_qtyExponent, st.dec)
                e = PyDict_Copy(_T76 if st.dec == DEC_RAW else _T77)
                if st.dec == DEC_RAW:
                    e['priceExponent'] = v_priceExponent
                    e['qtyExponent'] = v_qtyExponent
                e['bidPrice'] = v_bidPrice
                e['bidQty'] = v_bidQty
                e['askPrice'] = v_askPrice
                e['askQty'] = v_askQty
                e['symbol'] = v_symbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_BookTickerResponse__tickers, _nf_BookTickerResponse__tickers(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_BookTickerResponse__tickers, fixed, bl, n, ver, (), rows)
    return rows

cdef class BookTickerResponse(Record):
    """Record of message BookTickerResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_BookTickerResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """BookTickerResponse as a BookTickerResponse record; ``pos`` is the start of the root block."""
    cdef BookTickerResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of BookTickerResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('BookTickerResponse', _BF_BookTickerResponse, ver, bl, pos)
    p = st.buf + pos
    r = BookTickerResponse.__new__(BookTickerResponse)
    r._dec = st.dec
    pos += bl
    r.tickers = _gr_BookTickerResponse__tickers(st, &pos, end, ver) if st.grp == GRP_LIST else _g_BookTickerResponse__tickers(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class BookTickerResponse_tickers(Record):
    """Record of entry of group tickers; ``to_dict()`` gives the dict form."""


cdef list _gr_BookTickerResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers as a list of BookTickerResponse_tickers records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef BookTickerResponse_tickers e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 34:
        raise_short_block('group tickers', _BF_BookTickerResponse__tickers, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            e = BookTickerResponse_tickers.__new__(BookTickerResponse_tickers)
            e._dec = st.dec
            e.c_priceExponent = x1_priceExponent
            e.c_qtyExponent = x1_qtyExponent
            e.c_bidPrice = sbe_i64le(p + 2)
            e.e_bidPrice = x1_priceExponent
            e.c_bidQty = sbe_i64le(p + 10)
            e.e_bidQty = x1_qtyExponent
            e.c_askPrice = sbe_i64le(p + 18)
            e.e_askPrice = x1_priceExponent
            e.c_askQty = sbe_i64le(p + 26)
            e.e_askQty = x1_qtyExponent
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_TickerSymbolFullResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('priceChange', 10, 0), ('priceChangePercent', 14, 0), ('weightedAvgPrice', 22, 0), ('openPrice', 30, 0), ('highPrice', 38, 0), ('lowPrice', 46, 0), ('lastPrice', 54, 0), ('volume', 70, 0), ('quoteVolume', 86, 0), ('openTime', 94, 0), ('closeTime', 102, 0), ('firstId', 110, 0), ('lastId', 118, 0), ('numTrades', 126, 0))
cdef dict _m_TickerSymbolFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TickerSymbolFullResponse (template 213); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of TickerSymbolFullResponse', pos, bl, end - pos)
    if bl < 126:
        raise_short_block('TickerSymbolFullResponse', _BF_TickerSymbolFullResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_priceChange = mant_i64(sbe_i64le(p + 2), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_priceChangePercent = opt_f64(sbe_f32le(p + 10))
    v_weightedAvgPrice = mant_i64(sbe_i64le(p + 14), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_openPrice = mant_i64(sbe_i64le(p + 22), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_highPrice = mant_i64(sbe_i64le(p + 30), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_lowPrice = mant_i64(sbe_i64le(p + 38), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_lastPrice = mant_i64(sbe_i64le(p + 46), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_volume = mant128(p + 54, 0, x0_qtyExponent, st.dec)
    v_quoteVolume = mant128(p + 70, 0, x0_priceExponent, st.dec)
    v_openTime = sbe_i64le(p + 86)
    v_closeTime = sbe_i64le(p + 94)
    v_firstId = opt_i64(sbe_i64le(p + 102), INT64_MIN)
    v_lastId = opt_i64(sbe_i64le(p + 110), INT64_MIN)
    v_numTrades = sbe_i64le(p + 118)
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T78 if st.dec == DEC_RAW else _T79)
    d['$message'] = 'TickerSymbolFullResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['priceChange'] = v_priceChange
    d['priceChangePercent'] = v_priceChangePercent
    d['weightedAvgPrice'] = v_weightedAvgPrice
    d['openPrice'] = v_openPrice
    d['highPrice'] = v_highPrice
    d['lowPrice'] = v_lowPrice
    d['lastPrice'] = v_lastPrice
    d['volume'] = v_volume
    d['quoteVolume'] = v_quoteVolume
    d['openTime'] = v_openTime
    d['closeTime'] = v_closeTime
    d['firstId'] = v_firstId
    d['lastId'] = v_lastId
    d['numTrades'] = v_numTrades
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef class TickerSymbolFullResponse(Record):
    """Record of message TickerSymbolFullResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_TickerSymbolFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TickerSymbolFullResponse as a TickerSymbolFullResponse record; ``pos`` is the start of the root block."""
    cdef TickerSymbolFullResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of TickerSymbolFullResponse', pos, bl, end - pos)
    if bl < 126:
        raise_short_block('TickerSymbolFullResponse', _BF_TickerSymbolFullResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = TickerSymbolFullResponse.__new__(TickerSymbolFullResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.c_priceChange = sbe_i64le(p + 2)
    r.e_priceChange = x0_priceExponent
    r.priceChangePercent = opt_f64(sbe_f32le(p + 10))
    r.c_weightedAvgPrice = sbe_i64le(p + 14)
    r.e_weightedAvgPrice = x0_priceExponent
    r.c_openPrice = sbe_i64le(p + 22)
    r.e_openPrice = x0_priceExponent
    r.c_highPrice = sbe_i64le(p + 30)
    r.e_highPrice = x0_priceExponent
    r.c_lowPrice = sbe_i64le(p + 38)
    r.e_lowPrice = x0_priceExponent
    r.c_lastPrice = sbe_i64le(p + 46)
    r.e_lastPrice = x0_priceExponent
    r.volume = mant128(p + 54, 0, x0_qtyExponent, st.dec)
    r.quoteVolume = mant128(p + 70, 0, x0_priceExponent, st.dec)
    r.openTime = sbe_i64le(p + 86)
    r.closeTime = sbe_i64le(p + 94)
    r.firstId = opt_i64(sbe_i64le(p + 102), INT64_MIN)
    r.lastId = opt_i64(sbe_i64le(p + 110), INT64_MIN)
    r.numTrades = sbe_i64le(p + 118)
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef tuple _BF_TickerFullResponse = ()
cdef dict _m_TickerFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TickerFullResponse (template 214); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of TickerFullResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('TickerFullResponse', _BF_TickerFullResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_tickers = _g_TickerFullResponse__tickers(st, &pos, end, ver)
    d = PyDict_Copy(_T63)
    d['$message'] = 'TickerFullResponse'
    d['tickers'] = v_tickers
    st.stop = pos
    return d

cdef tuple _BF_TickerFullResponse__tickers = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('priceChange', 10, 0), ('priceChangePercent', 14, 0), ('weightedAvgPrice', 22, 0), ('openPrice', 30, 0), ('highPrice', 38, 0), ('lowPrice', 46, 0), ('lastPrice', 54, 0), ('volume', 70, 0), ('quoteVolume', 86, 0), ('openTime', 94, 0), ('closeTime', 102, 0), ('firstId', 110, 0), ('lastId', 118, 0), ('numTrades', 126, 0))
cdef GroupSpec _GS_TickerFullResponse__tickers
cdef object _nf_TickerFullResponse__tickers(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group tickers as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_priceExponent
    cdef int l_qtyExponent
    out = new_rows(_GS_TickerFullResponse__tickers, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 116
            l_priceExponent = sbe_i8(p + 0)
            l_qtyExponent = sbe_i8(p + 1)
            t_i = sbe_i64le(p + 2)
            sbe_put_f64(q + 0, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            memcpy(q + 8, p + 10, 4)
            t_i = sbe_i64le(p + 14)
            sbe_put_f64(q + 12, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 22)
            sbe_put_f64(q + 20, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 30)
            sbe_put_f64(q + 28, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 38)
            sbe_put_f64(q + 36, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 46)
            sbe_put_f64(q + 44, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_u = sbe_u64le(p + 54)
            t_i = sbe_i64le(p + 62)
            sbe_put_f64(q + 52, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i128(t_u, t_i, l_qtyExponent)))
            t_u = sbe_u64le(p + 70)
            t_i = sbe_i64le(p + 78)
            sbe_put_f64(q + 60, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i128(t_u, t_i, l_priceExponent)))
            memcpy(q + 68, p + 86, 8)
            memcpy(q + 76, p + 94, 8)
            memcpy(q + 84, p + 102, 8)
            memcpy(q + 92, p + 110, 8)
            memcpy(q + 100, p + 118, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 134
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 8)
            memcpy(q + 10, p + 10, 4)
            memcpy(q + 14, p + 14, 8)
            memcpy(q + 22, p + 22, 8)
            memcpy(q + 30, p + 30, 8)
            memcpy(q + 38, p + 38, 8)
            memcpy(q + 46, p + 46, 8)
            memcpy(q + 54, p + 54, 16)
            memcpy(q + 70, p + 70, 16)
            memcpy(q + 86, p + 86, 8)
            memcpy(q + 94, p + 94, 8)
            memcpy(q + 102, p + 102, 8)
            memcpy(q + 110, p + 110, 8)
            memcpy(q + 118, p + 118, 8)
    return out

cdef object _g_TickerFullResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 126:
        raise_short_block('group tickers', _BF_TickerFullResponse__tickers, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T42)
                e['symbol'] = v_symbol
            else:
                v_priceExponent = None if x1_priceExponent == EXP_NONE else x1_priceExponent
                v_qtyExponent = None if x1_qtyExponent == EXP_NONE else x1_qtyExponent
                v_priceChange = mant_i64(sbe_i64le(p + 2), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_priceChangePercent = opt_f64(sbe_f32le(p + 10))
                v_weightedAvgPrice = mant_i64(sbe_i64le(p + 14), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_openPrice = mant_i64(sbe_i64le(p + 22), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_highPrice = mant_i64(sbe_i64le(p + 30), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_lowPrice = mant_i64(sbe_i64le(p + 38), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_lastPrice = mant_i64(sbe_i64le(p + 46), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_volume = mant128(p + 54, 0, x1_qtyExponent, st.dec)
                v_quoteVolume = mant128(p + 70, 0, x1_priceExponent, st.dec)
                v_openTime = sbe_i64le(p + 86)
                v_closeTime = sbe_i64le(p + 94)
                v_firstId = opt_i64(sbe_i64le(p + 102), INT64_MIN)
                v_lastId = opt_i64(sbe_i64le(p + 110), INT64_MIN)
                v_numTrades = sbe_i64le(p + 118)
                e = PyDict_Copy(_T80 if st.dec == DEC_RAW else _T81)
                if st.dec == DEC_RAW:
                    e['priceExponent'] = v_priceExponent
                    e['qtyExponent'] = v_qtyExponent
                e['priceChange'] = v_priceChange
                e['priceChangePercent'] = v_priceChangePercent
                e['weightedAvgPrice'] = v_weightedAvgPrice
                e['openPrice'] = v_openPrice
                e['highPrice'] = v_highPrice
                e['lowPrice'] = v_lowPrice
                e['lastPrice'] = v_lastPrice
                e['volume'] = v_volume
                e['quoteVolume'] = v_quoteVolume
                e['openTime'] = v_openTime
                e['closeTime'] = v_closeTime
                e['firstId'] = v_firstId
                e['lastId'] = v_lastId
                e['numTrades'] = v_numTrades
                e['symbol'] = v_symbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_TickerFullResponse__tickers, _nf_TickerFullResponse__tickers(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_TickerFullResponse__tickers, fixed, bl, n, ver, (), rows)
    return rows

cdef class TickerFullResponse(Record):
    """Record of message TickerFullResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_TickerFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TickerFullResponse as a TickerFullResponse record; ``pos`` is the start of the root block."""
    cdef TickerFullResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of TickerFullResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('TickerFullResponse', _BF_TickerFullResponse, ver, bl, pos)
    p = st.buf + pos
    r = TickerFullResponse.__new__(TickerFullResponse)
    r._dec = st.dec
    pos += bl
    r.tickers = _gr_TickerFullResponse__tickers(st, &pos, end, ver) if st.grp == GRP_LIST else _g_TickerFullResponse__tickers(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class TickerFullResponse_tickers(Record):
    """Record of entry of group tickers; ``to_dict()`` gives the dict form."""


cdef list _gr_TickerFullResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers as a list of TickerFullResponse_tickers records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef TickerFullResponse_tickers e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 126:
        raise_short_block('group tickers', _BF_TickerFullResponse__tickers, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            e = TickerFullResponse_tickers.__new__(TickerFullResponse_tickers)
            e._dec = st.dec
            e.c_priceExponent = x1_priceExponent
            e.c_qtyExponent = x1_qtyExponent
            e.c_priceChange = sbe_i64le(p + 2)
            e.e_priceChange = x1_priceExponent
            e.priceChangePercent = opt_f64(sbe_f32le(p + 10))
            e.c_weightedAvgPrice = sbe_i64le(p + 14)
            e.e_weightedAvgPrice = x1_priceExponent
            e.c_openPrice = sbe_i64le(p + 22)
            e.e_openPrice = x1_priceExponent
            e.c_highPrice = sbe_i64le(p + 30)
            e.e_highPrice = x1_priceExponent
            e.c_lowPrice = sbe_i64le(p + 38)
            e.e_lowPrice = x1_priceExponent
            e.c_lastPrice = sbe_i64le(p + 46)
            e.e_lastPrice = x1_priceExponent
            e.volume = mant128(p + 54, 0, x1_qtyExponent, st.dec)
            e.quoteVolume = mant128(p + 70, 0, x1_priceExponent, st.dec)
            e.openTime = sbe_i64le(p + 86)
            e.closeTime = sbe_i64le(p + 94)
            e.firstId = opt_i64(sbe_i64le(p + 102), INT64_MIN)
            e.lastId = opt_i64(sbe_i64le(p + 110), INT64_MIN)
            e.numTrades = sbe_i64le(p + 118)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_TickerSymbolMiniResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('openPrice', 10, 0), ('highPrice', 18, 0), ('lowPrice', 26, 0), ('lastPrice', 34, 0), ('volume', 50, 0), ('quoteVolume', 66, 0), ('openTime', 74, 0), ('closeTime', 82, 0), ('firstId', 90, 0), ('lastId', 98, 0), ('numTrades', 106, 0))
cdef dict _m_TickerSymbolMiniResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TickerSymbolMiniResponse (template 215); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of TickerSymbolMiniResponse', pos, bl, end - pos)
    if bl < 106:
        raise_short_block('TickerSymbolMiniResponse', _BF_TickerSymbolMiniResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_openPrice = mant_i64(sbe_i64le(p + 2), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_highPrice = mant_i64(sbe_i64le(p + 10), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_lowPrice = mant_i64(sbe_i64le(p + 18), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_lastPrice = mant_i64(sbe_i64le(p + 26), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_volume = mant128(p + 34, 0, x0_qtyExponent, st.dec)
    v_quoteVolume = mant128(p + 50, 0, x0_priceExponent, st.dec)
    v_openTime = sbe_i64le(p + 66)
    v_closeTime = sbe_i64le(p + 74)
    v_firstId = opt_i64(sbe_i64le(p + 82), INT64_MIN)
    v_lastId = opt_i64(sbe_i64le(p + 90), INT64_MIN)
    v_numTrades = sbe_i64le(p + 98)
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T66 if st.dec == DEC_RAW else _T67)
    d['$message'] = 'TickerSymbolMiniResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['openPrice'] = v_openPrice
    d['highPrice'] = v_highPrice
    d['lowPrice'] = v_lowPrice
    d['lastPrice'] = v_lastPrice
    d['volume'] = v_volume
    d['quoteVolume'] = v_quoteVolume
    d['openTime'] = v_openTime
    d['closeTime'] = v_closeTime
    d['firstId'] = v_firstId
    d['lastId'] = v_lastId
    d['numTrades'] = v_numTrades
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef class TickerSymbolMiniResponse(Record):
    """Record of message TickerSymbolMiniResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_TickerSymbolMiniResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TickerSymbolMiniResponse as a TickerSymbolMiniResponse record; ``pos`` is the start of the root block."""
    cdef TickerSymbolMiniResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of TickerSymbolMiniResponse', pos, bl, end - pos)
    if bl < 106:
        raise_short_block('TickerSymbolMiniResponse', _BF_TickerSymbolMiniResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = TickerSymbolMiniResponse.__new__(TickerSymbolMiniResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.c_openPrice = sbe_i64le(p + 2)
    r.e_openPrice = x0_priceExponent
    r.c_highPrice = sbe_i64le(p + 10)
    r.e_highPrice = x0_priceExponent
    r.c_lowPrice = sbe_i64le(p + 18)
    r.e_lowPrice = x0_priceExponent
    r.c_lastPrice = sbe_i64le(p + 26)
    r.e_lastPrice = x0_priceExponent
    r.volume = mant128(p + 34, 0, x0_qtyExponent, st.dec)
    r.quoteVolume = mant128(p + 50, 0, x0_priceExponent, st.dec)
    r.openTime = sbe_i64le(p + 66)
    r.closeTime = sbe_i64le(p + 74)
    r.firstId = opt_i64(sbe_i64le(p + 82), INT64_MIN)
    r.lastId = opt_i64(sbe_i64le(p + 90), INT64_MIN)
    r.numTrades = sbe_i64le(p + 98)
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef tuple _BF_TickerMiniResponse = ()
cdef dict _m_TickerMiniResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TickerMiniResponse (template 216); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of TickerMiniResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('TickerMiniResponse', _BF_TickerMiniResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_tickers = _g_TickerMiniResponse__tickers(st, &pos, end, ver)
    d = PyDict_Copy(_T63)
    d['$message'] = 'TickerMiniResponse'
    d['tickers'] = v_tickers
    st.stop = pos
    return d

cdef tuple _BF_TickerMiniResponse__tickers = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('openPrice', 10, 0), ('highPrice', 18, 0), ('lowPrice', 26, 0), ('lastPrice', 34, 0), ('volume', 50, 0), ('quoteVolume', 66, 0), ('openTime', 74, 0), ('closeTime', 82, 0), ('firstId', 90, 0), ('lastId', 98, 0), ('numTrades', 106, 0))
cdef GroupSpec _GS_TickerMiniResponse__tickers
cdef object _nf_TickerMiniResponse__tickers(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group tickers as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_priceExponent
    cdef int l_qtyExponent
    out = new_rows(_GS_TickerMiniResponse__tickers, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 96
            l_priceExponent = sbe_i8(p + 0)
            l_qtyExponent = sbe_i8(p + 1)
            t_i = sbe_i64le(p + 2)
            sbe_put_f64(q + 0, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 10)
            sbe_put_f64(q + 8, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 18)
            sbe_put_f64(q + 16, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 26)
            sbe_put_f64(q + 24, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_u = sbe_u64le(p + 34)
            t_i = sbe_i64le(p + 42)
            sbe_put_f64(q + 32, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i128(t_u, t_i, l_qtyExponent)))
            t_u = sbe_u64le(p + 50)
            t_i = sbe_i64le(p + 58)
            sbe_put_f64(q + 40, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i128(t_u, t_i, l_priceExponent)))
            memcpy(q + 48, p + 66, 8)
            memcpy(q + 56, p + 74, 8)
            memcpy(q + 64, p + 82, 8)
            memcpy(q + 72, p + 90, 8)
            memcpy(q + 80, p + 98, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 114
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 8)
            memcpy(q + 10, p + 10, 8)
            memcpy(q + 18, p + 18, 8)
            memcpy(q + 26, p + 26, 8)
            memcpy(q + 34, p + 34, 16)
            memcpy(q + 50, p + 50, 16)
            memcpy(q + 66, p + 66, 8)
            memcpy(q + 74, p + 74, 8)
            memcpy(q + 82, p + 82, 8)
            memcpy(q + 90, p + 90, 8)
            memcpy(q + 98, p + 98, 8)
    return out

cdef object _g_TickerMiniResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 106:
        raise_short_block('group tickers', _BF_TickerMiniResponse__tickers, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T42)
                e['symbol'] = v_symbol
            else:
                v_priceExponent = None if x1_priceExponent == EXP_NONE else x1_priceExponent
                v_qtyExponent = None if x1_qtyExponent == EXP_NONE else x1_qtyExponent
                v_openPrice = mant_i64(sbe_i64le(p + 2), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_highPrice = mant_i64(sbe_i64le(p + 10), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_lowPrice = mant_i64(sbe_i64le(p + 18), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_lastPrice = mant_i64(sbe_i64le(p + 26), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_volume = mant128(p + 34, 0, x1_qtyExponent, st.dec)
                v_quoteVolume = mant128(p + 50, 0, x1_priceExponent, st.dec)
                v_openTime = sbe_i64le(p + 66)
                v_closeTime = sbe_i64le(p + 74)
                v_firstId = opt_i64(sbe_i64le(p + 82), INT64_MIN)
                v_lastId = opt_i64(sbe_i64le(p + 90), INT64_MIN)
                v_numTrades = sbe_i64le(p + 98)
                e = PyDict_Copy(_T68 if st.dec == DEC_RAW else _T69)
                if st.dec == DEC_RAW:
                    e['priceExponent'] = v_priceExponent
                    e['qtyExponent'] = v_qtyExponent
                e['openPrice'] = v_openPrice
                e['highPrice'] = v_highPrice
                e['lowPrice'] = v_lowPrice
                e['lastPrice'] = v_lastPrice
                e['volume'] = v_volume
                e['quoteVolume'] = v_quoteVolume
                e['openTime'] = v_openTime
                e['closeTime'] = v_closeTime
                e['firstId'] = v_firstId
                e['lastId'] = v_lastId
                e['numTrades'] = v_numTrades
                e['symbol'] = v_symbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_TickerMiniResponse__tickers, _nf_TickerMiniResponse__tickers(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_TickerMiniResponse__tickers, fixed, bl, n, ver, (), rows)
    return rows

cdef class TickerMiniResponse(Record):
    """Record of message TickerMiniResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_TickerMiniResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """TickerMiniResponse as a TickerMiniResponse record; ``pos`` is the start of the root block."""
    cdef TickerMiniResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of TickerMiniResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('TickerMiniResponse', _BF_TickerMiniResponse, ver, bl, pos)
    p = st.buf + pos
    r = TickerMiniResponse.__new__(TickerMiniResponse)
    r._dec = st.dec
    pos += bl
    r.tickers = _gr_TickerMiniResponse__tickers(st, &pos, end, ver) if st.grp == GRP_LIST else _g_TickerMiniResponse__tickers(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class TickerMiniResponse_tickers(Record):
    """Record of entry of group tickers; ``to_dict()`` gives the dict form."""


cdef list _gr_TickerMiniResponse__tickers(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group tickers as a list of TickerMiniResponse_tickers records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef TickerMiniResponse_tickers e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('tickers', "dimension of group 'tickers'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('tickers', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 106:
        raise_short_block('group tickers', _BF_TickerMiniResponse__tickers, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'tickers'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            e = TickerMiniResponse_tickers.__new__(TickerMiniResponse_tickers)
            e._dec = st.dec
            e.c_priceExponent = x1_priceExponent
            e.c_qtyExponent = x1_qtyExponent
            e.c_openPrice = sbe_i64le(p + 2)
            e.e_openPrice = x1_priceExponent
            e.c_highPrice = sbe_i64le(p + 10)
            e.e_highPrice = x1_priceExponent
            e.c_lowPrice = sbe_i64le(p + 18)
            e.e_lowPrice = x1_priceExponent
            e.c_lastPrice = sbe_i64le(p + 26)
            e.e_lastPrice = x1_priceExponent
            e.volume = mant128(p + 34, 0, x1_qtyExponent, st.dec)
            e.quoteVolume = mant128(p + 50, 0, x1_priceExponent, st.dec)
            e.openTime = sbe_i64le(p + 66)
            e.closeTime = sbe_i64le(p + 74)
            e.firstId = opt_i64(sbe_i64le(p + 82), INT64_MIN)
            e.lastId = opt_i64(sbe_i64le(p + 90), INT64_MIN)
            e.numTrades = sbe_i64le(p + 98)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('tickers')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_ReferencePriceResponse = (('priceExponent', 1, 0), ('referencePrice', 9, 0), ('timestamp', 17, 0))
cdef dict _m_ReferencePriceResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ReferencePriceResponse (template 217); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of ReferencePriceResponse', pos, bl, end - pos)
    if bl < 17:
        raise_short_block('ReferencePriceResponse', _BF_ReferencePriceResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_referencePrice = mant_i64(sbe_i64le(p + 1), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_timestamp = sbe_i64le(p + 9)
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T82 if st.dec == DEC_RAW else _T83)
    d['$message'] = 'ReferencePriceResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
    d['referencePrice'] = v_referencePrice
    d['timestamp'] = v_timestamp
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef class ReferencePriceResponse(Record):
    """Record of message ReferencePriceResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_ReferencePriceResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ReferencePriceResponse as a ReferencePriceResponse record; ``pos`` is the start of the root block."""
    cdef ReferencePriceResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of ReferencePriceResponse', pos, bl, end - pos)
    if bl < 17:
        raise_short_block('ReferencePriceResponse', _BF_ReferencePriceResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    r = ReferencePriceResponse.__new__(ReferencePriceResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_referencePrice = sbe_i64le(p + 1)
    r.e_referencePrice = x0_priceExponent
    r.timestamp = sbe_i64le(p + 9)
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef tuple _BF_ReferencePriceCalculationResponse = (('calculationType', 1, 0), ('externalCalculationId', 9, 0), ('bucketCount', 13, 0), ('bucketWidthMs', 17, 0))
cdef dict _m_ReferencePriceCalculationResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ReferencePriceCalculationResponse (template 218); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ReferencePriceCalculationResponse', pos, bl, end - pos)
    if bl < 17:
        raise_short_block('ReferencePriceCalculationResponse', _BF_ReferencePriceCalculationResponse, ver, bl, pos)
    p = st.buf + pos
    t_u = sbe_u8(p)
    v_calculationType = _E_calculationType[t_u]
    v_externalCalculationId = opt_i64(sbe_i64le(p + 1), INT64_MIN)
    v_bucketCount = opt_i64(sbe_u32le(p + 9), 4294967295)
    v_bucketWidthMs = opt_i64(sbe_u32le(p + 13), 4294967295)
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T84)
    d['$message'] = 'ReferencePriceCalculationResponse'
    d['calculationType'] = v_calculationType
    d['externalCalculationId'] = v_externalCalculationId
    d['bucketCount'] = v_bucketCount
    d['bucketWidthMs'] = v_bucketWidthMs
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef class ReferencePriceCalculationResponse(Record):
    """Record of message ReferencePriceCalculationResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_ReferencePriceCalculationResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ReferencePriceCalculationResponse as a ReferencePriceCalculationResponse record; ``pos`` is the start of the root block."""
    cdef ReferencePriceCalculationResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ReferencePriceCalculationResponse', pos, bl, end - pos)
    if bl < 17:
        raise_short_block('ReferencePriceCalculationResponse', _BF_ReferencePriceCalculationResponse, ver, bl, pos)
    p = st.buf + pos
    r = ReferencePriceCalculationResponse.__new__(ReferencePriceCalculationResponse)
    r._dec = st.dec
    t_u = sbe_u8(p)
    r.calculationType = _E_calculationType[t_u]
    r.externalCalculationId = opt_i64(sbe_i64le(p + 1), INT64_MIN)
    r.bucketCount = opt_i64(sbe_u32le(p + 9), 4294967295)
    r.bucketWidthMs = opt_i64(sbe_u32le(p + 13), 4294967295)
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef tuple _BF_BlockTradesResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0))
cdef dict _m_BlockTradesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """BlockTradesResponse (template 219); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of BlockTradesResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('BlockTradesResponse', _BF_BlockTradesResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    pos += bl
    v_blockTrades = _g_BlockTradesResponse__blockTrades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    d = PyDict_Copy(_T85 if st.dec == DEC_RAW else _T86)
    d['$message'] = 'BlockTradesResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['blockTrades'] = v_blockTrades
    st.stop = pos
    return d

cdef tuple _BF_BlockTradesResponse__blockTrades = (('id', 8, 0), ('price', 16, 0), ('qty', 24, 0), ('quoteQty', 32, 0), ('time', 40, 0), ('isBuyerMaker', 41, 0))
cdef GroupSpec _GS_BlockTradesResponse__blockTrades
cdef object _nf_BlockTradesResponse__blockTrades(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group blockTrades as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_BlockTradesResponse__blockTrades, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 41
        memcpy(q + 0, p + 0, 8)
        t_i = sbe_i64le(p + 8)
        t_j = sbe_i64le(p + 16)
        sbe_put_scaled2(q + 8, q + 16, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
        t_i = sbe_i64le(p + 24)
        sbe_put_f64(q + 24, sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
        memcpy(q + 32, p + 32, 8)
        memcpy(q + 40, p + 40, 1)
    return out

cdef object _g_BlockTradesResponse__blockTrades(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group blockTrades: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('blockTrades', "dimension of group 'blockTrades'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('blockTrades', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 41:
        raise_short_block('group blockTrades', _BF_BlockTradesResponse__blockTrades, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_BlockTradesResponse__blockTrades(st, st.buf + pos, bl, n, ver, x0_priceExponent, x0_qtyExponent)
        return fixed_group_numpy(st, _GS_BlockTradesResponse__blockTrades, pos, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ))
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            v_id = sbe_i64le(p)
            v_price = mant_i64(sbe_i64le(p + 8), 0, 0, x0_priceExponent, st.dec)
            v_qty = mant_i64(sbe_i64le(p + 16), 0, 0, x0_qtyExponent, st.dec)
            v_quoteQty = mant_i64(sbe_i64le(p + 24), 0, 0, x0_priceExponent, st.dec)
            v_time = sbe_i64le(p + 32)
            t_u = sbe_u8(p + 40)
            v_isBuyerMaker = _E_boolEnum[t_u]
            e = PyDict_Copy(_T87)
            e['id'] = v_id
            e['price'] = v_price
            e['qty'] = v_qty
            e['quoteQty'] = v_quoteQty
            e['time'] = v_time
            e['isBuyerMaker'] = v_isBuyerMaker
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('blockTrades')
        raise
    ppos[0] = pos
    return rows

cdef class BlockTradesResponse(Record):
    """Record of message BlockTradesResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_BlockTradesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """BlockTradesResponse as a BlockTradesResponse record; ``pos`` is the start of the root block."""
    cdef BlockTradesResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of BlockTradesResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('BlockTradesResponse', _BF_BlockTradesResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = BlockTradesResponse.__new__(BlockTradesResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    pos += bl
    r.blockTrades = _gr_BlockTradesResponse__blockTrades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_BlockTradesResponse__blockTrades(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    st.stop = pos
    return r

cdef class BlockTradesResponse_blockTrades(Record):
    """Record of entry of group blockTrades; ``to_dict()`` gives the dict form."""


cdef list _gr_BlockTradesResponse__blockTrades(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group blockTrades as a list of BlockTradesResponse_blockTrades records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef BlockTradesResponse_blockTrades e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('blockTrades', "dimension of group 'blockTrades'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('blockTrades', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 41:
        raise_short_block('group blockTrades', _BF_BlockTradesResponse__blockTrades, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = BlockTradesResponse_blockTrades.__new__(BlockTradesResponse_blockTrades)
            e._dec = st.dec
            e.id = sbe_i64le(p)
            e.c_price = sbe_i64le(p + 8)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 16)
            e.e_qty = x0_qtyExponent
            e.c_quoteQty = sbe_i64le(p + 24)
            e.e_quoteQty = x0_priceExponent
            e.time = sbe_i64le(p + 32)
            t_u = sbe_u8(p + 40)
            e.isBuyerMaker = _E_boolEnum[t_u]
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('blockTrades')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_NewOrderAckResponse = (('orderId', 8, 0), ('orderListId', 16, 0), ('transactTime', 24, 0))
cdef dict _m_NewOrderAckResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderAckResponse (template 300); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of NewOrderAckResponse', pos, bl, end - pos)
    if bl < 24:
        raise_short_block('NewOrderAckResponse', _BF_NewOrderAckResponse, ver, bl, pos)
    p = st.buf + pos
    v_orderId = sbe_i64le(p)
    v_orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
    v_transactTime = sbe_i64le(p + 16)
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    d = PyDict_Copy(_T88)
    d['$message'] = 'NewOrderAckResponse'
    d['orderId'] = v_orderId
    d['orderListId'] = v_orderListId
    d['transactTime'] = v_transactTime
    d['symbol'] = v_symbol
    d['clientOrderId'] = v_clientOrderId
    st.stop = pos
    return d

cdef class NewOrderAckResponse(Record):
    """Record of message NewOrderAckResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_NewOrderAckResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderAckResponse as a NewOrderAckResponse record; ``pos`` is the start of the root block."""
    cdef NewOrderAckResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of NewOrderAckResponse', pos, bl, end - pos)
    if bl < 24:
        raise_short_block('NewOrderAckResponse', _BF_NewOrderAckResponse, ver, bl, pos)
    p = st.buf + pos
    r = NewOrderAckResponse.__new__(NewOrderAckResponse)
    r._dec = st.dec
    r.orderId = sbe_i64le(p)
    r.orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
    r.transactTime = sbe_i64le(p + 16)
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    r.clientOrderId = v_
    st.stop = pos
    return r

cdef tuple _BF_NewOrderResultResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('orderId', 10, 0), ('orderListId', 18, 0), ('transactTime', 26, 0), ('price', 34, 0), ('origQty', 42, 0), ('executedQty', 50, 0), ('cummulativeQuoteQty', 58, 0), ('status', 59, 0), ('timeInForce', 60, 0), ('orderType', 61, 0), ('side', 62, 0), ('stopPrice', 70, 0), ('trailingDelta', 78, 0), ('trailingTime', 86, 0), ('workingTime', 94, 0), ('icebergQty', 102, 0), ('strategyId', 110, 0), ('strategyType', 114, 0), ('orderCapacity', 115, 0), ('workingFloor', 116, 0), ('selfTradePreventionMode', 117, 0), ('tradeGroupId', 125, 0), ('preventedQuantity', 133, 0), ('usedSor', 134, 0), ('origQuoteOrderQty', 142, 0), ('pegPriceType', 143, 1), ('pegOffsetType', 144, 1), ('pegOffsetValue', 145, 1), ('peggedPrice', 153, 1), ('expiryReason', 154, 3))
cdef dict _m_NewOrderResultResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderResultResponse (template 301); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of NewOrderResultResponse', pos, bl, end - pos)
    if bl < (154 if ver >= 3 else (153 if ver >= 1 else 142)):
        raise_short_block('NewOrderResultResponse', _BF_NewOrderResultResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_orderId = sbe_i64le(p + 2)
    v_orderListId = opt_i64(sbe_i64le(p + 10), INT64_MIN)
    v_transactTime = sbe_i64le(p + 18)
    v_price = mant_i64(sbe_i64le(p + 26), 0, 0, x0_priceExponent, st.dec)
    v_origQty = mant_i64(sbe_i64le(p + 34), 0, 0, x0_qtyExponent, st.dec)
    v_executedQty = mant_i64(sbe_i64le(p + 42), 0, 0, x0_qtyExponent, st.dec)
    v_cummulativeQuoteQty = mant_i64(sbe_i64le(p + 50), 0, 0, x0_priceExponent, st.dec)
    t_u = sbe_u8(p + 58)
    v_status = _E_orderStatus[t_u]
    t_u = sbe_u8(p + 59)
    v_timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 60)
    v_orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 61)
    v_side = _E_orderSide[t_u]
    v_stopPrice = mant_i64(sbe_i64le(p + 62), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_trailingDelta = opt_i64(sbe_i64le(p + 70), INT64_MIN)
    v_trailingTime = opt_i64(sbe_i64le(p + 78), INT64_MIN)
    v_workingTime = opt_i64(sbe_i64le(p + 86), INT64_MIN)
    v_icebergQty = mant_i64(sbe_i64le(p + 94), 1, INT64_MIN, x0_qtyExponent, st.dec)
    v_strategyId = opt_i64(sbe_i64le(p + 102), INT64_MIN)
    v_strategyType = opt_i64(sbe_i32le(p + 110), -2147483648)
    t_u = sbe_u8(p + 114)
    v_orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 115)
    v_workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 116)
    v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    v_tradeGroupId = opt_i64(sbe_i64le(p + 117), INT64_MIN)
    v_preventedQuantity = mant_i64(sbe_i64le(p + 125), 0, 0, x0_qtyExponent, st.dec)
    t_u = sbe_u8(p + 133)
    v_usedSor = _E_boolEnum[t_u]
    v_origQuoteOrderQty = mant_i64(sbe_i64le(p + 134), 0, 0, x0_priceExponent, st.dec)
    if ver >= 1:
        t_u = sbe_u8(p + 142)
        v_pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        v_pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 143)
        v_pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        v_pegOffsetType = None
    if ver >= 1:
        v_pegOffsetValue = opt_i64(sbe_u8(p + 144), 255)
    else:
        v_pegOffsetValue = None
    if ver >= 1:
        v_peggedPrice = mant_i64(sbe_i64le(p + 145), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        v_peggedPrice = None
    if ver >= 3:
        t_u = sbe_u8(p + 153)
        v_expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
    else:
        v_expiryReason = None
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    d = PyDict_Copy(_T89 if st.dec == DEC_RAW else _T90)
    d['$message'] = 'NewOrderResultResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['orderId'] = v_orderId
    d['orderListId'] = v_orderListId
    d['transactTime'] = v_transactTime
    d['price'] = v_price
    d['origQty'] = v_origQty
    d['executedQty'] = v_executedQty
    d['cummulativeQuoteQty'] = v_cummulativeQuoteQty
    d['status'] = v_status
    d['timeInForce'] = v_timeInForce
    d['orderType'] = v_orderType
    d['side'] = v_side
    d['stopPrice'] = v_stopPrice
    d['trailingDelta'] = v_trailingDelta
    d['trailingTime'] = v_trailingTime
    d['workingTime'] = v_workingTime
    d['icebergQty'] = v_icebergQty
    d['strategyId'] = v_strategyId
    d['strategyType'] = v_strategyType
    d['orderCapacity'] = v_orderCapacity
    d['workingFloor'] = v_workingFloor
    d['selfTradePreventionMode'] = v_selfTradePreventionMode
    d['tradeGroupId'] = v_tradeGroupId
    d['preventedQuantity'] = v_preventedQuantity
    d['usedSor'] = v_usedSor
    d['origQuoteOrderQty'] = v_origQuoteOrderQty
    d['pegPriceType'] = v_pegPriceType
    d['pegOffsetType'] = v_pegOffsetType
    d['pegOffsetValue'] = v_pegOffsetValue
    d['peggedPrice'] = v_peggedPrice
    d['expiryReason'] = v_expiryReason
    d['symbol'] = v_symbol
    d['clientOrderId'] = v_clientOrderId
    st.stop = pos
    return d

cdef class NewOrderResultResponse(Record):
    """Record of message NewOrderResultResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_NewOrderResultResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderResultResponse as a NewOrderResultResponse record; ``pos`` is the start of the root block."""
    cdef NewOrderResultResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of NewOrderResultResponse', pos, bl, end - pos)
    if bl < (154 if ver >= 3 else (153 if ver >= 1 else 142)):
        raise_short_block('NewOrderResultResponse', _BF_NewOrderResultResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = NewOrderResultResponse.__new__(NewOrderResultResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.orderId = sbe_i64le(p + 2)
    r.orderListId = opt_i64(sbe_i64le(p + 10), INT64_MIN)
    r.transactTime = sbe_i64le(p + 18)
    r.c_price = sbe_i64le(p + 26)
    r.e_price = x0_priceExponent
    r.c_origQty = sbe_i64le(p + 34)
    r.e_origQty = x0_qtyExponent
    r.c_executedQty = sbe_i64le(p + 42)
    r.e_executedQty = x0_qtyExponent
    r.c_cummulativeQuoteQty = sbe_i64le(p + 50)
    r.e_cummulativeQuoteQty = x0_priceExponent
    t_u = sbe_u8(p + 58)
    r.status = _E_orderStatus[t_u]
    t_u = sbe_u8(p + 59)
    r.timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 60)
    r.orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 61)
    r.side = _E_orderSide[t_u]
    r.c_stopPrice = sbe_i64le(p + 62)
    r.e_stopPrice = x0_priceExponent
    r.trailingDelta = opt_i64(sbe_i64le(p + 70), INT64_MIN)
    r.trailingTime = opt_i64(sbe_i64le(p + 78), INT64_MIN)
    r.workingTime = opt_i64(sbe_i64le(p + 86), INT64_MIN)
    r.c_icebergQty = sbe_i64le(p + 94)
    r.e_icebergQty = x0_qtyExponent
    r.strategyId = opt_i64(sbe_i64le(p + 102), INT64_MIN)
    r.strategyType = opt_i64(sbe_i32le(p + 110), -2147483648)
    t_u = sbe_u8(p + 114)
    r.orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 115)
    r.workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 116)
    r.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    r.tradeGroupId = opt_i64(sbe_i64le(p + 117), INT64_MIN)
    r.c_preventedQuantity = sbe_i64le(p + 125)
    r.e_preventedQuantity = x0_qtyExponent
    t_u = sbe_u8(p + 133)
    r.usedSor = _E_boolEnum[t_u]
    r.c_origQuoteOrderQty = sbe_i64le(p + 134)
    r.e_origQuoteOrderQty = x0_priceExponent
    if ver >= 1:
        t_u = sbe_u8(p + 142)
        r.pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        r.pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 143)
        r.pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        r.pegOffsetType = None
    if ver >= 1:
        r.pegOffsetValue = opt_i64(sbe_u8(p + 144), 255)
    else:
        r.pegOffsetValue = None
    if ver >= 1:
        r.peggedPrice = mant_i64(sbe_i64le(p + 145), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        r.peggedPrice = None
    if ver >= 3:
        t_u = sbe_u8(p + 153)
        r.expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
    else:
        r.expiryReason = None
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    r.clientOrderId = v_
    st.stop = pos
    return r

cdef tuple _BF_NewOrderFullResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('orderId', 10, 0), ('orderListId', 18, 0), ('transactTime', 26, 0), ('price', 34, 0), ('origQty', 42, 0), ('executedQty', 50, 0), ('cummulativeQuoteQty', 58, 0), ('status', 59, 0), ('timeInForce', 60, 0), ('orderType', 61, 0), ('side', 62, 0), ('stopPrice', 70, 0), ('trailingDelta', 78, 0), ('trailingTime', 86, 0), ('workingTime', 94, 0), ('icebergQty', 102, 0), ('strategyId', 110, 0), ('strategyType', 114, 0), ('orderCapacity', 115, 0), ('workingFloor', 116, 0), ('selfTradePreventionMode', 117, 0), ('tradeGroupId', 125, 0), ('preventedQuantity', 133, 0), ('usedSor', 134, 0), ('origQuoteOrderQty', 142, 0), ('pegPriceType', 143, 1), ('pegOffsetType', 144, 1), ('pegOffsetValue', 145, 1), ('peggedPrice', 153, 1), ('expiryReason', 154, 3))
cdef dict _m_NewOrderFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderFullResponse (template 302); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of NewOrderFullResponse', pos, bl, end - pos)
    if bl < (154 if ver >= 3 else (153 if ver >= 1 else 142)):
        raise_short_block('NewOrderFullResponse', _BF_NewOrderFullResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_orderId = sbe_i64le(p + 2)
    v_orderListId = opt_i64(sbe_i64le(p + 10), INT64_MIN)
    v_transactTime = sbe_i64le(p + 18)
    v_price = mant_i64(sbe_i64le(p + 26), 0, 0, x0_priceExponent, st.dec)
    v_origQty = mant_i64(sbe_i64le(p + 34), 0, 0, x0_qtyExponent, st.dec)
    v_executedQty = mant_i64(sbe_i64le(p + 42), 0, 0, x0_qtyExponent, st.dec)
    v_cummulativeQuoteQty = mant_i64(sbe_i64le(p + 50), 0, 0, x0_priceExponent, st.dec)
    t_u = sbe_u8(p + 58)
    v_status = _E_orderStatus[t_u]
    t_u = sbe_u8(p + 59)
    v_timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 60)
    v_orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 61)
    v_side = _E_orderSide[t_u]
    v_stopPrice = mant_i64(sbe_i64le(p + 62), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_trailingDelta = opt_i64(sbe_i64le(p + 70), INT64_MIN)
    v_trailingTime = opt_i64(sbe_i64le(p + 78), INT64_MIN)
    v_workingTime = opt_i64(sbe_i64le(p + 86), INT64_MIN)
    v_icebergQty = mant_i64(sbe_i64le(p + 94), 1, INT64_MIN, x0_qtyExponent, st.dec)
    v_strategyId = opt_i64(sbe_i64le(p + 102), INT64_MIN)
    v_strategyType = opt_i64(sbe_i32le(p + 110), -2147483648)
    t_u = sbe_u8(p + 114)
    v_orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 115)
    v_workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 116)
    v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    v_tradeGroupId = opt_i64(sbe_i64le(p + 117), INT64_MIN)
    v_preventedQuantity = mant_i64(sbe_i64le(p + 125), 0, 0, x0_qtyExponent, st.dec)
    t_u = sbe_u8(p + 133)
    v_usedSor = _E_boolEnum[t_u]
    v_origQuoteOrderQty = mant_i64(sbe_i64le(p + 134), 0, 0, x0_priceExponent, st.dec)
    if ver >= 1:
        t_u = sbe_u8(p + 142)
        v_pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        v_pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 143)
        v_pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        v_pegOffsetType = None
    if ver >= 1:
        v_pegOffsetValue = opt_i64(sbe_u8(p + 144), 255)
    else:
        v_pegOffsetValue = None
    if ver >= 1:
        v_peggedPrice = mant_i64(sbe_i64le(p + 145), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        v_peggedPrice = None
    if ver >= 3:
        t_u = sbe_u8(p + 153)
        v_expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
    else:
        v_expiryReason = None
    pos += bl
    v_fills = _g_NewOrderFullResponse__fills(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_preventedMatches = _g_NewOrderFullResponse__preventedMatches(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    d = PyDict_Copy(_T91 if st.dec == DEC_RAW else _T92)
    d['$message'] = 'NewOrderFullResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['orderId'] = v_orderId
    d['orderListId'] = v_orderListId
    d['transactTime'] = v_transactTime
    d['price'] = v_price
    d['origQty'] = v_origQty
    d['executedQty'] = v_executedQty
    d['cummulativeQuoteQty'] = v_cummulativeQuoteQty
    d['status'] = v_status
    d['timeInForce'] = v_timeInForce
    d['orderType'] = v_orderType
    d['side'] = v_side
    d['stopPrice'] = v_stopPrice
    d['trailingDelta'] = v_trailingDelta
    d['trailingTime'] = v_trailingTime
    d['workingTime'] = v_workingTime
    d['icebergQty'] = v_icebergQty
    d['strategyId'] = v_strategyId
    d['strategyType'] = v_strategyType
    d['orderCapacity'] = v_orderCapacity
    d['workingFloor'] = v_workingFloor
    d['selfTradePreventionMode'] = v_selfTradePreventionMode
    d['tradeGroupId'] = v_tradeGroupId
    d['preventedQuantity'] = v_preventedQuantity
    d['usedSor'] = v_usedSor
    d['origQuoteOrderQty'] = v_origQuoteOrderQty
    d['pegPriceType'] = v_pegPriceType
    d['pegOffsetType'] = v_pegOffsetType
    d['pegOffsetValue'] = v_pegOffsetValue
    d['peggedPrice'] = v_peggedPrice
    d['expiryReason'] = v_expiryReason
    d['fills'] = v_fills
    d['preventedMatches'] = v_preventedMatches
    d['symbol'] = v_symbol
    d['clientOrderId'] = v_clientOrderId
    st.stop = pos
    return d

cdef tuple _BF_NewOrderFullResponse__fills = (('commissionExponent', 1, 0), ('matchType', 2, 0), ('price', 10, 0), ('qty', 18, 0), ('commission', 26, 0), ('tradeId', 34, 0), ('allocId', 42, 0))
cdef GroupSpec _GS_NewOrderFullResponse__fills
cdef object _nf_NewOrderFullResponse__fills(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group fills as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    cdef int l_commissionExponent
    out = new_rows(_GS_NewOrderFullResponse__fills, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 49
            l_commissionExponent = sbe_i8(p + 0)
            memcpy(q + 0, p + 1, 1)
            t_i = sbe_i64le(p + 2)
            t_j = sbe_i64le(p + 10)
            sbe_put_scaled2(q + 1, q + 9, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
            t_i = sbe_i64le(p + 18)
            sbe_put_f64(q + 17, (SBE_NAN if l_commissionExponent == EXP_NONE else sbe_scale_i64(t_i, l_commissionExponent)))
            memcpy(q + 25, p + 26, 8)
            memcpy(q + 33, p + 34, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 50
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 8)
            memcpy(q + 10, p + 10, 8)
            memcpy(q + 18, p + 18, 8)
            memcpy(q + 26, p + 26, 8)
            memcpy(q + 34, p + 34, 8)
    return out

cdef object _g_NewOrderFullResponse__fills(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group fills: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_commissionExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('fills', "dimension of group 'fills'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('fills', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 42:
        raise_short_block('group fills', _BF_NewOrderFullResponse__fills, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'fills'", pos, bl, end - pos)
            p = st.buf + pos
            x1_commissionExponent = sbe_i8(p)
            pos += bl
            v_commissionAsset = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T93)
                e['commissionAsset'] = v_commissionAsset
            else:
                v_commissionExponent = None if x1_commissionExponent == EXP_NONE else x1_commissionExponent
                t_u = sbe_u8(p + 1)
                v_matchType = _E_matchType[t_u]
                v_price = mant_i64(sbe_i64le(p + 2), 0, 0, x0_priceExponent, st.dec)
                v_qty = mant_i64(sbe_i64le(p + 10), 0, 0, x0_qtyExponent, st.dec)
                v_commission = mant_i64(sbe_i64le(p + 18), 0, 0, x1_commissionExponent, st.dec)
                v_tradeId = opt_i64(sbe_i64le(p + 26), INT64_MIN)
                v_allocId = opt_i64(sbe_i64le(p + 34), INT64_MIN)
                e = PyDict_Copy(_T94 if st.dec == DEC_RAW else _T95)
                if st.dec == DEC_RAW:
                    e['commissionExponent'] = v_commissionExponent
                e['matchType'] = v_matchType
                e['price'] = v_price
                e['qty'] = v_qty
                e['commission'] = v_commission
                e['tradeId'] = v_tradeId
                e['allocId'] = v_allocId
                e['commissionAsset'] = v_commissionAsset
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('fills')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_NewOrderFullResponse__fills, _nf_NewOrderFullResponse__fills(st, <const uint8_t *>fx, bl, n, ver, x0_priceExponent, x0_qtyExponent), rows)
        return mixed_group_numpy(st, _GS_NewOrderFullResponse__fills, fixed, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ), rows)
    return rows

cdef tuple _BF_NewOrderFullResponse__preventedMatches = (('preventedMatchId', 8, 0), ('makerOrderId', 16, 0), ('price', 24, 0), ('takerPreventedQuantity', 32, 0), ('makerPreventedQuantity', 40, 0))
cdef GroupSpec _GS_NewOrderFullResponse__preventedMatches
cdef object _nf_NewOrderFullResponse__preventedMatches(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group preventedMatches as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_NewOrderFullResponse__preventedMatches, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 48
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            t_i = sbe_i64le(p + 16)
            sbe_put_f64(q + 16, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            t_i = sbe_i64le(p + 24)
            sbe_put_f64(q + 24, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
            t_i = sbe_i64le(p + 32)
            sbe_put_f64(q + 32, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 48
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 8)
            memcpy(q + 24, p + 24, 8)
            memcpy(q + 32, p + 32, 8)
    return out

cdef object _g_NewOrderFullResponse__preventedMatches(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group preventedMatches: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('preventedMatches', "dimension of group 'preventedMatches'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('preventedMatches', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 40:
        raise_short_block('group preventedMatches', _BF_NewOrderFullResponse__preventedMatches, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'preventedMatches'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_makerSymbol = var_text(st, &pos, end, 1, 0, 255, 1, 'makerSymbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T96)
                e['makerSymbol'] = v_makerSymbol
            else:
                v_preventedMatchId = sbe_i64le(p)
                v_makerOrderId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
                v_price = mant_i64(sbe_i64le(p + 16), 1, INT64_MIN, x0_priceExponent, st.dec)
                v_takerPreventedQuantity = mant_i64(sbe_i64le(p + 24), 1, INT64_MIN, x0_qtyExponent, st.dec)
                v_makerPreventedQuantity = mant_i64(sbe_i64le(p + 32), 1, INT64_MIN, x0_qtyExponent, st.dec)
                e = PyDict_Copy(_T97)
                e['preventedMatchId'] = v_preventedMatchId
                e['makerOrderId'] = v_makerOrderId
                e['price'] = v_price
                e['takerPreventedQuantity'] = v_takerPreventedQuantity
                e['makerPreventedQuantity'] = v_makerPreventedQuantity
                e['makerSymbol'] = v_makerSymbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('preventedMatches')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_NewOrderFullResponse__preventedMatches, _nf_NewOrderFullResponse__preventedMatches(st, <const uint8_t *>fx, bl, n, ver, x0_priceExponent, x0_qtyExponent), rows)
        return mixed_group_numpy(st, _GS_NewOrderFullResponse__preventedMatches, fixed, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ), rows)
    return rows

cdef class NewOrderFullResponse(Record):
    """Record of message NewOrderFullResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_NewOrderFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderFullResponse as a NewOrderFullResponse record; ``pos`` is the start of the root block."""
    cdef NewOrderFullResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of NewOrderFullResponse', pos, bl, end - pos)
    if bl < (154 if ver >= 3 else (153 if ver >= 1 else 142)):
        raise_short_block('NewOrderFullResponse', _BF_NewOrderFullResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = NewOrderFullResponse.__new__(NewOrderFullResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.orderId = sbe_i64le(p + 2)
    r.orderListId = opt_i64(sbe_i64le(p + 10), INT64_MIN)
    r.transactTime = sbe_i64le(p + 18)
    r.c_price = sbe_i64le(p + 26)
    r.e_price = x0_priceExponent
    r.c_origQty = sbe_i64le(p + 34)
    r.e_origQty = x0_qtyExponent
    r.c_executedQty = sbe_i64le(p + 42)
    r.e_executedQty = x0_qtyExponent
    r.c_cummulativeQuoteQty = sbe_i64le(p + 50)
    r.e_cummulativeQuoteQty = x0_priceExponent
    t_u = sbe_u8(p + 58)
    r.status = _E_orderStatus[t_u]
    t_u = sbe_u8(p + 59)
    r.timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 60)
    r.orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 61)
    r.side = _E_orderSide[t_u]
    r.c_stopPrice = sbe_i64le(p + 62)
    r.e_stopPrice = x0_priceExponent
    r.trailingDelta = opt_i64(sbe_i64le(p + 70), INT64_MIN)
    r.trailingTime = opt_i64(sbe_i64le(p + 78), INT64_MIN)
    r.workingTime = opt_i64(sbe_i64le(p + 86), INT64_MIN)
    r.c_icebergQty = sbe_i64le(p + 94)
    r.e_icebergQty = x0_qtyExponent
    r.strategyId = opt_i64(sbe_i64le(p + 102), INT64_MIN)
    r.strategyType = opt_i64(sbe_i32le(p + 110), -2147483648)
    t_u = sbe_u8(p + 114)
    r.orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 115)
    r.workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 116)
    r.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    r.tradeGroupId = opt_i64(sbe_i64le(p + 117), INT64_MIN)
    r.c_preventedQuantity = sbe_i64le(p + 125)
    r.e_preventedQuantity = x0_qtyExponent
    t_u = sbe_u8(p + 133)
    r.usedSor = _E_boolEnum[t_u]
    r.c_origQuoteOrderQty = sbe_i64le(p + 134)
    r.e_origQuoteOrderQty = x0_priceExponent
    if ver >= 1:
        t_u = sbe_u8(p + 142)
        r.pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        r.pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 143)
        r.pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        r.pegOffsetType = None
    if ver >= 1:
        r.pegOffsetValue = opt_i64(sbe_u8(p + 144), 255)
    else:
        r.pegOffsetValue = None
    if ver >= 1:
        r.peggedPrice = mant_i64(sbe_i64le(p + 145), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        r.peggedPrice = None
    if ver >= 3:
        t_u = sbe_u8(p + 153)
        r.expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
    else:
        r.expiryReason = None
    pos += bl
    r.fills = _gr_NewOrderFullResponse__fills(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_NewOrderFullResponse__fills(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    r.preventedMatches = _gr_NewOrderFullResponse__preventedMatches(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_NewOrderFullResponse__preventedMatches(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    r.clientOrderId = v_
    st.stop = pos
    return r

cdef class NewOrderFullResponse_fills(Record):
    """Record of entry of group fills; ``to_dict()`` gives the dict form."""


cdef list _gr_NewOrderFullResponse__fills(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group fills as a list of NewOrderFullResponse_fills records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_commissionExponent = EXP_NONE
    cdef NewOrderFullResponse_fills e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('fills', "dimension of group 'fills'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('fills', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 42:
        raise_short_block('group fills', _BF_NewOrderFullResponse__fills, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'fills'", pos, bl, end - pos)
            p = st.buf + pos
            x1_commissionExponent = sbe_i8(p)
            e = NewOrderFullResponse_fills.__new__(NewOrderFullResponse_fills)
            e._dec = st.dec
            e.c_commissionExponent = x1_commissionExponent
            t_u = sbe_u8(p + 1)
            e.matchType = _E_matchType[t_u]
            e.c_price = sbe_i64le(p + 2)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 10)
            e.e_qty = x0_qtyExponent
            e.c_commission = sbe_i64le(p + 18)
            e.e_commission = x1_commissionExponent
            e.tradeId = opt_i64(sbe_i64le(p + 26), INT64_MIN)
            e.allocId = opt_i64(sbe_i64le(p + 34), INT64_MIN)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
            e.commissionAsset = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('fills')
        raise
    ppos[0] = pos
    return rows

cdef class NewOrderFullResponse_preventedMatches(Record):
    """Record of entry of group preventedMatches; ``to_dict()`` gives the dict form."""


cdef list _gr_NewOrderFullResponse__preventedMatches(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group preventedMatches as a list of NewOrderFullResponse_preventedMatches records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef NewOrderFullResponse_preventedMatches e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('preventedMatches', "dimension of group 'preventedMatches'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('preventedMatches', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 40:
        raise_short_block('group preventedMatches', _BF_NewOrderFullResponse__preventedMatches, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'preventedMatches'", pos, bl, end - pos)
            p = st.buf + pos
            e = NewOrderFullResponse_preventedMatches.__new__(NewOrderFullResponse_preventedMatches)
            e._dec = st.dec
            e.preventedMatchId = sbe_i64le(p)
            e.makerOrderId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
            e.c_price = sbe_i64le(p + 16)
            e.e_price = x0_priceExponent
            e.c_takerPreventedQuantity = sbe_i64le(p + 24)
            e.e_takerPreventedQuantity = x0_qtyExponent
            e.c_makerPreventedQuantity = sbe_i64le(p + 32)
            e.e_makerPreventedQuantity = x0_qtyExponent
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'makerSymbol')
            e.makerSymbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('preventedMatches')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_OrderTestResponse = ()
cdef dict _m_OrderTestResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderTestResponse (template 303); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OrderTestResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('OrderTestResponse', _BF_OrderTestResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    d = PyDict_Copy(_T32)
    d['$message'] = 'OrderTestResponse'
    st.stop = pos
    return d

cdef class OrderTestResponse(Record):
    """Record of message OrderTestResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_OrderTestResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderTestResponse as a OrderTestResponse record; ``pos`` is the start of the root block."""
    cdef OrderTestResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OrderTestResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('OrderTestResponse', _BF_OrderTestResponse, ver, bl, pos)
    p = st.buf + pos
    r = OrderTestResponse.__new__(OrderTestResponse)
    r._dec = st.dec
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_OrderResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('orderId', 10, 0), ('orderListId', 18, 0), ('price', 26, 0), ('origQty', 34, 0), ('executedQty', 42, 0), ('cummulativeQuoteQty', 50, 0), ('status', 51, 0), ('timeInForce', 52, 0), ('orderType', 53, 0), ('side', 54, 0), ('stopPrice', 62, 0), ('trailingDelta', 70, 0), ('trailingTime', 78, 0), ('icebergQty', 86, 0), ('time', 94, 0), ('updateTime', 102, 0), ('isWorking', 103, 0), ('workingTime', 111, 0), ('origQuoteOrderQty', 119, 0), ('strategyId', 127, 0), ('strategyType', 131, 0), ('orderCapacity', 132, 0), ('workingFloor', 133, 0), ('selfTradePreventionMode', 134, 0), ('preventedMatchId', 142, 0), ('preventedQuantity', 150, 0), ('usedSor', 151, 0), ('pegPriceType', 152, 1), ('pegOffsetType', 153, 1), ('pegOffsetValue', 154, 1), ('peggedPrice', 162, 1), ('expiryReason', 163, 4))
cdef dict _m_OrderResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderResponse (template 304); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of OrderResponse', pos, bl, end - pos)
    if bl < (163 if ver >= 4 else (162 if ver >= 1 else 151)):
        raise_short_block('OrderResponse', _BF_OrderResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_orderId = sbe_i64le(p + 2)
    v_orderListId = opt_i64(sbe_i64le(p + 10), INT64_MIN)
    v_price = mant_i64(sbe_i64le(p + 18), 0, 0, x0_priceExponent, st.dec)
    v_origQty = mant_i64(sbe_i64le(p + 26), 0, 0, x0_qtyExponent, st.dec)
    v_executedQty = mant_i64(sbe_i64le(p + 34), 0, 0, x0_qtyExponent, st.dec)
    v_cummulativeQuoteQty = mant_i64(sbe_i64le(p + 42), 0, 0, x0_priceExponent, st.dec)
    t_u = sbe_u8(p + 50)
    v_status = _E_orderStatus[t_u]
    t_u = sbe_u8(p + 51)
    v_timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 52)
    v_orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 53)
    v_side = _E_orderSide[t_u]
    v_stopPrice = mant_i64(sbe_i64le(p + 54), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_trailingDelta = opt_i64(sbe_i64le(p + 62), INT64_MIN)
    v_trailingTime = opt_i64(sbe_i64le(p + 70), INT64_MIN)
    v_icebergQty = mant_i64(sbe_i64le(p + 78), 1, INT64_MIN, x0_qtyExponent, st.dec)
    v_time = sbe_i64le(p + 86)
    v_updateTime = sbe_i64le(p + 94)
    t_u = sbe_u8(p + 102)
    v_isWorking = _E_boolEnum[t_u]
    v_workingTime = opt_i64(sbe_i64le(p + 103), INT64_MIN)
    v_origQuoteOrderQty = mant_i64(sbe_i64le(p + 111), 0, 0, x0_priceExponent, st.dec)
    v_strategyId = opt_i64(sbe_i64le(p + 119), INT64_MIN)
    v_strategyType = opt_i64(sbe_i32le(p + 127), -2147483648)
    t_u = sbe_u8(p + 131)
    v_orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 132)
    v_workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 133)
    v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    v_preventedMatchId = opt_i64(sbe_i64le(p + 134), INT64_MIN)
    v_preventedQuantity = mant_i64(sbe_i64le(p + 142), 0, 0, x0_qtyExponent, st.dec)
    t_u = sbe_u8(p + 150)
    v_usedSor = _E_boolEnum[t_u]
    if ver >= 1:
        t_u = sbe_u8(p + 151)
        v_pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        v_pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 152)
        v_pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        v_pegOffsetType = None
    if ver >= 1:
        v_pegOffsetValue = opt_i64(sbe_u8(p + 153), 255)
    else:
        v_pegOffsetValue = None
    if ver >= 1:
        v_peggedPrice = mant_i64(sbe_i64le(p + 154), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        v_peggedPrice = None
    if ver >= 4:
        t_u = sbe_u8(p + 162)
        v_expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
    else:
        v_expiryReason = None
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    d = PyDict_Copy(_T98 if st.dec == DEC_RAW else _T99)
    d['$message'] = 'OrderResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['orderId'] = v_orderId
    d['orderListId'] = v_orderListId
    d['price'] = v_price
    d['origQty'] = v_origQty
    d['executedQty'] = v_executedQty
    d['cummulativeQuoteQty'] = v_cummulativeQuoteQty
    d['status'] = v_status
    d['timeInForce'] = v_timeInForce
    d['orderType'] = v_orderType
    d['side'] = v_side
    d['stopPrice'] = v_stopPrice
    d['trailingDelta'] = v_trailingDelta
    d['trailingTime'] = v_trailingTime
    d['icebergQty'] = v_icebergQty
    d['time'] = v_time
    d['updateTime'] = v_updateTime
    d['isWorking'] = v_isWorking
    d['workingTime'] = v_workingTime
    d['origQuoteOrderQty'] = v_origQuoteOrderQty
    d['strategyId'] = v_strategyId
    d['strategyType'] = v_strategyType
    d['orderCapacity'] = v_orderCapacity
    d['workingFloor'] = v_workingFloor
    d['selfTradePreventionMode'] = v_selfTradePreventionMode
    d['preventedMatchId'] = v_preventedMatchId
    d['preventedQuantity'] = v_preventedQuantity
    d['usedSor'] = v_usedSor
    d['pegPriceType'] = v_pegPriceType
    d['pegOffsetType'] = v_pegOffsetType
    d['pegOffsetValue'] = v_pegOffsetValue
    d['peggedPrice'] = v_peggedPrice
    d['expiryReason'] = v_expiryReason
    d['symbol'] = v_symbol
    d['clientOrderId'] = v_clientOrderId
    st.stop = pos
    return d

cdef class OrderResponse(Record):
    """Record of message OrderResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_OrderResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderResponse as a OrderResponse record; ``pos`` is the start of the root block."""
    cdef OrderResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of OrderResponse', pos, bl, end - pos)
    if bl < (163 if ver >= 4 else (162 if ver >= 1 else 151)):
        raise_short_block('OrderResponse', _BF_OrderResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = OrderResponse.__new__(OrderResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.orderId = sbe_i64le(p + 2)
    r.orderListId = opt_i64(sbe_i64le(p + 10), INT64_MIN)
    r.c_price = sbe_i64le(p + 18)
    r.e_price = x0_priceExponent
    r.c_origQty = sbe_i64le(p + 26)
    r.e_origQty = x0_qtyExponent
    r.c_executedQty = sbe_i64le(p + 34)
    r.e_executedQty = x0_qtyExponent
    r.c_cummulativeQuoteQty = sbe_i64le(p + 42)
    r.e_cummulativeQuoteQty = x0_priceExponent
    t_u = sbe_u8(p + 50)
    r.status = _E_orderStatus[t_u]
    t_u = sbe_u8(p + 51)
    r.timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 52)
    r.orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 53)
    r.side = _E_orderSide[t_u]
    r.c_stopPrice = sbe_i64le(p + 54)
    r.e_stopPrice = x0_priceExponent
    r.trailingDelta = opt_i64(sbe_i64le(p + 62), INT64_MIN)
    r.trailingTime = opt_i64(sbe_i64le(p + 70), INT64_MIN)
    r.c_icebergQty = sbe_i64le(p + 78)
    r.e_icebergQty = x0_qtyExponent
    r.time = sbe_i64le(p + 86)
    r.updateTime = sbe_i64le(p + 94)
    t_u = sbe_u8(p + 102)
    r.isWorking = _E_boolEnum[t_u]
    r.workingTime = opt_i64(sbe_i64le(p + 103), INT64_MIN)
    r.c_origQuoteOrderQty = sbe_i64le(p + 111)
    r.e_origQuoteOrderQty = x0_priceExponent
    r.strategyId = opt_i64(sbe_i64le(p + 119), INT64_MIN)
    r.strategyType = opt_i64(sbe_i32le(p + 127), -2147483648)
    t_u = sbe_u8(p + 131)
    r.orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 132)
    r.workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 133)
    r.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    r.preventedMatchId = opt_i64(sbe_i64le(p + 134), INT64_MIN)
    r.c_preventedQuantity = sbe_i64le(p + 142)
    r.e_preventedQuantity = x0_qtyExponent
    t_u = sbe_u8(p + 150)
    r.usedSor = _E_boolEnum[t_u]
    if ver >= 1:
        t_u = sbe_u8(p + 151)
        r.pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        r.pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 152)
        r.pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        r.pegOffsetType = None
    if ver >= 1:
        r.pegOffsetValue = opt_i64(sbe_u8(p + 153), 255)
    else:
        r.pegOffsetValue = None
    if ver >= 1:
        r.peggedPrice = mant_i64(sbe_i64le(p + 154), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        r.peggedPrice = None
    if ver >= 4:
        t_u = sbe_u8(p + 162)
        r.expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
    else:
        r.expiryReason = None
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    r.clientOrderId = v_
    st.stop = pos
    return r

cdef tuple _BF_CancelOrderResponse = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('orderId', 10, 0), ('orderListId', 18, 0), ('transactTime', 26, 0), ('price', 34, 0), ('origQty', 42, 0), ('executedQty', 50, 0), ('cummulativeQuoteQty', 58, 0), ('status', 59, 0), ('timeInForce', 60, 0), ('orderType', 61, 0), ('side', 62, 0), ('stopPrice', 70, 0), ('trailingDelta', 78, 0), ('trailingTime', 86, 0), ('icebergQty', 94, 0), ('strategyId', 102, 0), ('strategyType', 106, 0), ('orderCapacity', 107, 0), ('workingFloor', 108, 0), ('selfTradePreventionMode', 109, 0), ('preventedQuantity', 117, 0), ('usedSor', 118, 0), ('origQuoteOrderQty', 126, 0), ('pegPriceType', 127, 1), ('pegOffsetType', 128, 1), ('pegOffsetValue', 129, 1), ('peggedPrice', 137, 1))
cdef dict _m_CancelOrderResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """CancelOrderResponse (template 305); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of CancelOrderResponse', pos, bl, end - pos)
    if bl < (137 if ver >= 1 else 126):
        raise_short_block('CancelOrderResponse', _BF_CancelOrderResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_orderId = sbe_i64le(p + 2)
    v_orderListId = opt_i64(sbe_i64le(p + 10), INT64_MIN)
    v_transactTime = sbe_i64le(p + 18)
    v_price = mant_i64(sbe_i64le(p + 26), 0, 0, x0_priceExponent, st.dec)
    v_origQty = mant_i64(sbe_i64le(p + 34), 0, 0, x0_qtyExponent, st.dec)
    v_executedQty = mant_i64(sbe_i64le(p + 42), 0, 0, x0_qtyExponent, st.dec)
    v_cummulativeQuoteQty = mant_i64(sbe_i64le(p + 50), 0, 0, x0_priceExponent, st.dec)
    t_u = sbe_u8(p + 58)
    v_status = _E_orderStatus[t_u]
    t_u = sbe_u8(p + 59)
    v_timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 60)
    v_orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 61)
    v_side = _E_orderSide[t_u]
    v_stopPrice = mant_i64(sbe_i64le(p + 62), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_trailingDelta = opt_i64(sbe_i64le(p + 70), INT64_MIN)
    v_trailingTime = opt_i64(sbe_i64le(p + 78), INT64_MIN)
    v_icebergQty = mant_i64(sbe_i64le(p + 86), 1, INT64_MIN, x0_qtyExponent, st.dec)
    v_strategyId = opt_i64(sbe_i64le(p + 94), INT64_MIN)
    v_strategyType = opt_i64(sbe_i32le(p + 102), -2147483648)
    t_u = sbe_u8(p + 106)
    v_orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 107)
    v_workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 108)
    v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    v_preventedQuantity = mant_i64(sbe_i64le(p + 109), 0, 0, x0_qtyExponent, st.dec)
    t_u = sbe_u8(p + 117)
    v_usedSor = _E_boolEnum[t_u]
    v_origQuoteOrderQty = mant_i64(sbe_i64le(p + 118), 0, 0, x0_priceExponent, st.dec)
    if ver >= 1:
        t_u = sbe_u8(p + 126)
        v_pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        v_pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 127)
        v_pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        v_pegOffsetType = None
    if ver >= 1:
        v_pegOffsetValue = opt_i64(sbe_u8(p + 128), 255)
    else:
        v_pegOffsetValue = None
    if ver >= 1:
        v_peggedPrice = mant_i64(sbe_i64le(p + 129), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        v_peggedPrice = None
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    v_origClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'origClientOrderId')
    v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    d = PyDict_Copy(_T100 if st.dec == DEC_RAW else _T101)
    d['$message'] = 'CancelOrderResponse'
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['orderId'] = v_orderId
    d['orderListId'] = v_orderListId
    d['transactTime'] = v_transactTime
    d['price'] = v_price
    d['origQty'] = v_origQty
    d['executedQty'] = v_executedQty
    d['cummulativeQuoteQty'] = v_cummulativeQuoteQty
    d['status'] = v_status
    d['timeInForce'] = v_timeInForce
    d['orderType'] = v_orderType
    d['side'] = v_side
    d['stopPrice'] = v_stopPrice
    d['trailingDelta'] = v_trailingDelta
    d['trailingTime'] = v_trailingTime
    d['icebergQty'] = v_icebergQty
    d['strategyId'] = v_strategyId
    d['strategyType'] = v_strategyType
    d['orderCapacity'] = v_orderCapacity
    d['workingFloor'] = v_workingFloor
    d['selfTradePreventionMode'] = v_selfTradePreventionMode
    d['preventedQuantity'] = v_preventedQuantity
    d['usedSor'] = v_usedSor
    d['origQuoteOrderQty'] = v_origQuoteOrderQty
    d['pegPriceType'] = v_pegPriceType
    d['pegOffsetType'] = v_pegOffsetType
    d['pegOffsetValue'] = v_pegOffsetValue
    d['peggedPrice'] = v_peggedPrice
    d['symbol'] = v_symbol
    d['origClientOrderId'] = v_origClientOrderId
    d['clientOrderId'] = v_clientOrderId
    st.stop = pos
    return d

cdef class CancelOrderResponse(Record):
    """Record of message CancelOrderResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_CancelOrderResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """CancelOrderResponse as a CancelOrderResponse record; ``pos`` is the start of the root block."""
    cdef CancelOrderResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of CancelOrderResponse', pos, bl, end - pos)
    if bl < (137 if ver >= 1 else 126):
        raise_short_block('CancelOrderResponse', _BF_CancelOrderResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p)
    x0_qtyExponent = sbe_i8(p + 1)
    r = CancelOrderResponse.__new__(CancelOrderResponse)
    r._dec = st.dec
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.orderId = sbe_i64le(p + 2)
    r.orderListId = opt_i64(sbe_i64le(p + 10), INT64_MIN)
    r.transactTime = sbe_i64le(p + 18)
    r.c_price = sbe_i64le(p + 26)
    r.e_price = x0_priceExponent
    r.c_origQty = sbe_i64le(p + 34)
    r.e_origQty = x0_qtyExponent
    r.c_executedQty = sbe_i64le(p + 42)
    r.e_executedQty = x0_qtyExponent
    r.c_cummulativeQuoteQty = sbe_i64le(p + 50)
    r.e_cummulativeQuoteQty = x0_priceExponent
    t_u = sbe_u8(p + 58)
    r.status = _E_orderStatus[t_u]
    t_u = sbe_u8(p + 59)
    r.timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 60)
    r.orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 61)
    r.side = _E_orderSide[t_u]
    r.c_stopPrice = sbe_i64le(p + 62)
    r.e_stopPrice = x0_priceExponent
    r.trailingDelta = opt_i64(sbe_i64le(p + 70), INT64_MIN)
    r.trailingTime = opt_i64(sbe_i64le(p + 78), INT64_MIN)
    r.c_icebergQty = sbe_i64le(p + 86)
    r.e_icebergQty = x0_qtyExponent
    r.strategyId = opt_i64(sbe_i64le(p + 94), INT64_MIN)
    r.strategyType = opt_i64(sbe_i32le(p + 102), -2147483648)
    t_u = sbe_u8(p + 106)
    r.orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 107)
    r.workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 108)
    r.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    r.c_preventedQuantity = sbe_i64le(p + 109)
    r.e_preventedQuantity = x0_qtyExponent
    t_u = sbe_u8(p + 117)
    r.usedSor = _E_boolEnum[t_u]
    r.c_origQuoteOrderQty = sbe_i64le(p + 118)
    r.e_origQuoteOrderQty = x0_priceExponent
    if ver >= 1:
        t_u = sbe_u8(p + 126)
        r.pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        r.pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 127)
        r.pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        r.pegOffsetType = None
    if ver >= 1:
        r.pegOffsetValue = opt_i64(sbe_u8(p + 128), 255)
    else:
        r.pegOffsetValue = None
    if ver >= 1:
        r.peggedPrice = mant_i64(sbe_i64le(p + 129), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        r.peggedPrice = None
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'origClientOrderId')
    r.origClientOrderId = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    r.clientOrderId = v_
    st.stop = pos
    return r

cdef tuple _BF_CancelOpenOrdersResponse = ()
cdef dict _m_CancelOpenOrdersResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """CancelOpenOrdersResponse (template 306); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of CancelOpenOrdersResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('CancelOpenOrdersResponse', _BF_CancelOpenOrdersResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_responses = _g_CancelOpenOrdersResponse__responses(st, &pos, end, ver)
    d = PyDict_Copy(_T102)
    d['$message'] = 'CancelOpenOrdersResponse'
    d['responses'] = v_responses
    st.stop = pos
    return d

cdef tuple _BF_CancelOpenOrdersResponse__responses = ()
cdef GroupSpec _GS_CancelOpenOrdersResponse__responses
cdef object _nf_CancelOpenOrdersResponse__responses(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group responses as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_CancelOpenOrdersResponse__responses, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_CancelOpenOrdersResponse__responses(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group responses: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('responses', "dimension of group 'responses'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('responses', n, 2147483647, bl + 2, pos, end - pos)
    if bl < 0:
        raise_short_block('group responses', _BF_CancelOpenOrdersResponse__responses, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'responses'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            n_ = read_length(st, pos, end, 2, 0, 65535, 'response')
            if n_ == 0 and 0:
                v_response = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_response = lazy_message(st, pos + 2, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'response'" % MAX_NESTING, pos)
                try:
                    v_response = _dispatch(st, pos + 2, pos + 2 + n_)
                except DecodeError as err:
                    err._prepend('response')
                    raise
                st.depth -= 1
            pos += 2 + n_
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T103)
                e['response'] = v_response
            else:
                if st.grp == GRP_FLAT:
                    e = v_response
                else:
                    e = PyDict_Copy(_T103)
                    e['response'] = v_response
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('responses')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_CancelOpenOrdersResponse__responses, _nf_CancelOpenOrdersResponse__responses(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_CancelOpenOrdersResponse__responses, fixed, bl, n, ver, (), rows)
    return rows

cdef class CancelOpenOrdersResponse(Record):
    """Record of message CancelOpenOrdersResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_CancelOpenOrdersResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """CancelOpenOrdersResponse as a CancelOpenOrdersResponse record; ``pos`` is the start of the root block."""
    cdef CancelOpenOrdersResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of CancelOpenOrdersResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('CancelOpenOrdersResponse', _BF_CancelOpenOrdersResponse, ver, bl, pos)
    p = st.buf + pos
    r = CancelOpenOrdersResponse.__new__(CancelOpenOrdersResponse)
    r._dec = st.dec
    pos += bl
    r.responses = _gr_CancelOpenOrdersResponse__responses(st, &pos, end, ver) if st.grp == GRP_LIST else _g_CancelOpenOrdersResponse__responses(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class CancelOpenOrdersResponse_responses(Record):
    """Record of entry of group responses; ``to_dict()`` gives the dict form."""


cdef list _gr_CancelOpenOrdersResponse__responses(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group responses as a list of CancelOpenOrdersResponse_responses records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef CancelOpenOrdersResponse_responses e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('responses', "dimension of group 'responses'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('responses', n, 2147483647, bl + 2, pos, end - pos)
    if bl < 0:
        raise_short_block('group responses', _BF_CancelOpenOrdersResponse__responses, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'responses'", pos, bl, end - pos)
            p = st.buf + pos
            e = CancelOpenOrdersResponse_responses.__new__(CancelOpenOrdersResponse_responses)
            e._dec = st.dec
            pos += bl
            n_ = read_length(st, pos, end, 2, 0, 65535, 'response')
            if n_ == 0 and 0:
                v_ = None
            elif st.grp == GRP_FLAT:  # decoded on first access
                v_ = lazy_message(st, pos + 2, n_, _dispatch)
            else:
                st.depth += 1
                if st.depth > MAX_NESTING:
                    raise_malformed("messageData nested deeper than %d levels in 'response'" % MAX_NESTING, pos)
                try:
                    v_ = _dispatch(st, pos + 2, pos + 2 + n_)
                except DecodeError as err:
                    err._prepend('response')
                    raise
                st.depth -= 1
            pos += 2 + n_
            e.response = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('responses')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_CancelReplaceOrderResponse = (('cancelResult', 1, 0), ('newOrderResult', 2, 0))
cdef dict _m_CancelReplaceOrderResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """CancelReplaceOrderResponse (template 307); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of CancelReplaceOrderResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('CancelReplaceOrderResponse', _BF_CancelReplaceOrderResponse, ver, bl, pos)
    p = st.buf + pos
    t_u = sbe_u8(p)
    v_cancelResult = _E_cancelReplaceStatus[t_u]
    t_u = sbe_u8(p + 1)
    v_newOrderResult = _E_cancelReplaceStatus[t_u]
    pos += bl
    n_ = read_length(st, pos, end, 2, 0, 65535, 'cancelResponse')
    if n_ == 0 and 1:
        v_cancelResponse = None
    elif st.grp == GRP_FLAT:  # decoded on first access
        v_cancelResponse = lazy_message(st, pos + 2, n_, _dispatch)
    else:
        st.depth += 1
        if st.depth > MAX_NESTING:
            raise_malformed("messageData nested deeper than %d levels in 'cancelResponse'" % MAX_NESTING, pos)
        try:
            v_cancelResponse = _dispatch(st, pos + 2, pos + 2 + n_)
        except DecodeError as err:
            err._prepend('cancelResponse')
            raise
        st.depth -= 1
    pos += 2 + n_
    n_ = read_length(st, pos, end, 4, 0, 2147483647, 'newOrderResponse')
    if n_ == 0 and 1:
        v_newOrderResponse = None
    elif st.grp == GRP_FLAT:  # decoded on first access
        v_newOrderResponse = lazy_message(st, pos + 4, n_, _dispatch)
    else:
        st.depth += 1
        if st.depth > MAX_NESTING:
            raise_malformed("messageData nested deeper than %d levels in 'newOrderResponse'" % MAX_NESTING, pos)
        try:
            v_newOrderResponse = _dispatch(st, pos + 4, pos + 4 + n_)
        except DecodeError as err:
            err._prepend('newOrderResponse')
            raise
        st.depth -= 1
    pos += 4 + n_
    d = PyDict_Copy(_T104)
    d['$message'] = 'CancelReplaceOrderResponse'
    d['cancelResult'] = v_cancelResult
    d['newOrderResult'] = v_newOrderResult
    d['cancelResponse'] = v_cancelResponse
    d['newOrderResponse'] = v_newOrderResponse
    st.stop = pos
    return d

cdef class CancelReplaceOrderResponse(Record):
    """Record of message CancelReplaceOrderResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_CancelReplaceOrderResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """CancelReplaceOrderResponse as a CancelReplaceOrderResponse record; ``pos`` is the start of the root block."""
    cdef CancelReplaceOrderResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of CancelReplaceOrderResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('CancelReplaceOrderResponse', _BF_CancelReplaceOrderResponse, ver, bl, pos)
    p = st.buf + pos
    r = CancelReplaceOrderResponse.__new__(CancelReplaceOrderResponse)
    r._dec = st.dec
    t_u = sbe_u8(p)
    r.cancelResult = _E_cancelReplaceStatus[t_u]
    t_u = sbe_u8(p + 1)
    r.newOrderResult = _E_cancelReplaceStatus[t_u]
    pos += bl
    n_ = read_length(st, pos, end, 2, 0, 65535, 'cancelResponse')
    if n_ == 0 and 1:
        v_ = None
    elif st.grp == GRP_FLAT:  # decoded on first access
        v_ = lazy_message(st, pos + 2, n_, _dispatch)
    else:
        st.depth += 1
        if st.depth > MAX_NESTING:
            raise_malformed("messageData nested deeper than %d levels in 'cancelResponse'" % MAX_NESTING, pos)
        try:
            v_ = _dispatch(st, pos + 2, pos + 2 + n_)
        except DecodeError as err:
            err._prepend('cancelResponse')
            raise
        st.depth -= 1
    pos += 2 + n_
    r.cancelResponse = v_
    n_ = read_length(st, pos, end, 4, 0, 2147483647, 'newOrderResponse')
    if n_ == 0 and 1:
        v_ = None
    elif st.grp == GRP_FLAT:  # decoded on first access
        v_ = lazy_message(st, pos + 4, n_, _dispatch)
    else:
        st.depth += 1
        if st.depth > MAX_NESTING:
            raise_malformed("messageData nested deeper than %d levels in 'newOrderResponse'" % MAX_NESTING, pos)
        try:
            v_ = _dispatch(st, pos + 4, pos + 4 + n_)
        except DecodeError as err:
            err._prepend('newOrderResponse')
            raise
        st.depth -= 1
    pos += 4 + n_
    r.newOrderResponse = v_
    st.stop = pos
    return r

cdef tuple _BF_OrdersResponse = ()
cdef dict _m_OrdersResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrdersResponse (template 308); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OrdersResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('OrdersResponse', _BF_OrdersResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_orders = _g_OrdersResponse__orders(st, &pos, end, ver)
    d = PyDict_Copy(_T105)
    d['$message'] = 'OrdersResponse'
    d['orders'] = v_orders
    st.stop = pos
    return d

cdef tuple _BF_OrdersResponse__orders = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('orderId', 10, 0), ('orderListId', 18, 0), ('price', 26, 0), ('origQty', 34, 0), ('executedQty', 42, 0), ('cummulativeQuoteQty', 50, 0), ('status', 51, 0), ('timeInForce', 52, 0), ('orderType', 53, 0), ('side', 54, 0), ('stopPrice', 62, 0), ('trailingDelta', 70, 0), ('trailingTime', 78, 0), ('icebergQty', 86, 0), ('time', 94, 0), ('updateTime', 102, 0), ('isWorking', 103, 0), ('workingTime', 111, 0), ('origQuoteOrderQty', 119, 0), ('strategyId', 127, 0), ('strategyType', 131, 0), ('orderCapacity', 132, 0), ('workingFloor', 133, 0), ('selfTradePreventionMode', 134, 0), ('preventedMatchId', 142, 0), ('preventedQuantity', 150, 0), ('usedSor', 151, 0), ('pegPriceType', 152, 1), ('pegOffsetType', 153, 1), ('pegOffsetValue', 154, 1), ('peggedPrice', 162, 1), ('expiryReason', 163, 4))
cdef GroupSpec _GS_OrdersResponse__orders
cdef object _nf_OrdersResponse__orders(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group orders as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_priceExponent
    cdef int l_qtyExponent
    out = new_rows(_GS_OrdersResponse__orders, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 177
            l_priceExponent = sbe_i8(p + 0)
            l_qtyExponent = sbe_i8(p + 1)
            memcpy(q + 0, p + 2, 8)
            memcpy(q + 8, p + 10, 8)
            t_i = sbe_i64le(p + 18)
            sbe_put_f64(q + 16, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 26)
            sbe_put_f64(q + 24, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            t_i = sbe_i64le(p + 34)
            sbe_put_f64(q + 32, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            t_i = sbe_i64le(p + 42)
            sbe_put_f64(q + 40, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            memcpy(q + 48, p + 50, 1)
            memcpy(q + 49, p + 51, 1)
            memcpy(q + 50, p + 52, 1)
            memcpy(q + 51, p + 53, 1)
            t_i = sbe_i64le(p + 54)
            sbe_put_f64(q + 52, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            memcpy(q + 60, p + 62, 8)
            memcpy(q + 68, p + 70, 8)
            t_i = sbe_i64le(p + 78)
            sbe_put_f64(q + 76, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            memcpy(q + 84, p + 86, 8)
            memcpy(q + 92, p + 94, 8)
            memcpy(q + 100, p + 102, 1)
            memcpy(q + 101, p + 103, 8)
            t_i = sbe_i64le(p + 111)
            sbe_put_f64(q + 109, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            memcpy(q + 117, p + 119, 8)
            memcpy(q + 125, p + 127, 4)
            memcpy(q + 129, p + 131, 1)
            memcpy(q + 130, p + 132, 1)
            memcpy(q + 131, p + 133, 1)
            memcpy(q + 132, p + 134, 8)
            t_i = sbe_i64le(p + 142)
            sbe_put_f64(q + 140, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            memcpy(q + 148, p + 150, 1)
            if ver >= 1:
                memcpy(q + 149, p + 151, 1)
            if ver >= 1:
                memcpy(q + 150, p + 152, 1)
            if ver >= 1:
                memcpy(q + 151, p + 153, 1)
            if ver >= 1:
                t_i = sbe_i64le(p + 154)
                sbe_put_f64(q + 152, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            if ver >= 4:
                memcpy(q + 160, p + 162, 1)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 179
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 8)
            memcpy(q + 10, p + 10, 8)
            memcpy(q + 18, p + 18, 8)
            memcpy(q + 26, p + 26, 8)
            memcpy(q + 34, p + 34, 8)
            memcpy(q + 42, p + 42, 8)
            memcpy(q + 50, p + 50, 1)
            memcpy(q + 51, p + 51, 1)
            memcpy(q + 52, p + 52, 1)
            memcpy(q + 53, p + 53, 1)
            memcpy(q + 54, p + 54, 8)
            memcpy(q + 62, p + 62, 8)
            memcpy(q + 70, p + 70, 8)
            memcpy(q + 78, p + 78, 8)
            memcpy(q + 86, p + 86, 8)
            memcpy(q + 94, p + 94, 8)
            memcpy(q + 102, p + 102, 1)
            memcpy(q + 103, p + 103, 8)
            memcpy(q + 111, p + 111, 8)
            memcpy(q + 119, p + 119, 8)
            memcpy(q + 127, p + 127, 4)
            memcpy(q + 131, p + 131, 1)
            memcpy(q + 132, p + 132, 1)
            memcpy(q + 133, p + 133, 1)
            memcpy(q + 134, p + 134, 8)
            memcpy(q + 142, p + 142, 8)
            memcpy(q + 150, p + 150, 1)
            if ver >= 1:
                memcpy(q + 151, p + 151, 1)
            if ver >= 1:
                memcpy(q + 152, p + 152, 1)
            if ver >= 1:
                memcpy(q + 153, p + 153, 1)
            if ver >= 1:
                memcpy(q + 154, p + 154, 8)
            if ver >= 4:
                memcpy(q + 162, p + 162, 1)
    if ver < 4:
        fill_absent(_GS_OrdersResponse__orders, out, st.dec, ver)
    return out

cdef object _g_OrdersResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('orders', n, 2147483647, bl + 2, pos, end - pos)
    if bl < (163 if ver >= 4 else (162 if ver >= 1 else 151)):
        raise_short_block('group orders', _BF_OrdersResponse__orders, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_priceExponent = None if x1_priceExponent == EXP_NONE else x1_priceExponent
                v_qtyExponent = None if x1_qtyExponent == EXP_NONE else x1_qtyExponent
                v_orderId = sbe_i64le(p + 2)
                v_orderListId = opt_i64(sbe_i64le(p + 10), INT64_MIN)
                v_price = mant_i64(sbe_i64le(p + 18), 0, 0, x1_priceExponent, st.dec)
                v_origQty = mant_i64(sbe_i64le(p + 26), 0, 0, x1_qtyExponent, st.dec)
                v_executedQty = mant_i64(sbe_i64le(p + 34), 0, 0, x1_qtyExponent, st.dec)
                v_cummulativeQuoteQty = mant_i64(sbe_i64le(p + 42), 0, 0, x1_priceExponent, st.dec)
                t_u = sbe_u8(p + 50)
                v_status = _E_orderStatus[t_u]
                t_u = sbe_u8(p + 51)
                v_timeInForce = _E_timeInForce[t_u]
                t_u = sbe_u8(p + 52)
                v_orderType = _E_orderType[t_u]
                t_u = sbe_u8(p + 53)
                v_side = _E_orderSide[t_u]
                v_stopPrice = mant_i64(sbe_i64le(p + 54), 1, INT64_MIN, x1_priceExponent, st.dec)
                v_trailingDelta = opt_i64(sbe_i64le(p + 62), INT64_MIN)
                v_trailingTime = opt_i64(sbe_i64le(p + 70), INT64_MIN)
                v_icebergQty = mant_i64(sbe_i64le(p + 78), 1, INT64_MIN, x1_qtyExponent, st.dec)
                v_time = sbe_i64le(p + 86)
                v_updateTime = sbe_i64le(p + 94)
                t_u = sbe_u8(p + 102)
                v_isWorking = _E_boolEnum[t_u]
                v_workingTime = opt_i64(sbe_i64le(p + 103), INT64_MIN)
                v_origQuoteOrderQty = mant_i64(sbe_i64le(p + 111), 0, 0, x1_priceExponent, st.dec)
                v_strategyId = opt_i64(sbe_i64le(p + 119), INT64_MIN)
                v_strategyType = opt_i64(sbe_i32le(p + 127), -2147483648)
                t_u = sbe_u8(p + 131)
                v_orderCapacity = _E_orderCapacity[t_u]
                t_u = sbe_u8(p + 132)
                v_workingFloor = _E_floor[t_u]
                t_u = sbe_u8(p + 133)
                v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
                v_preventedMatchId = opt_i64(sbe_i64le(p + 134), INT64_MIN)
                v_preventedQuantity = mant_i64(sbe_i64le(p + 142), 0, 0, x1_priceExponent, st.dec)
                t_u = sbe_u8(p + 150)
                v_usedSor = _E_boolEnum[t_u]
                if ver >= 1:
                    t_u = sbe_u8(p + 151)
                    v_pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
                else:
                    v_pegPriceType = None
                if ver >= 1:
                    t_u = sbe_u8(p + 152)
                    v_pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
                else:
                    v_pegOffsetType = None
                if ver >= 1:
                    v_pegOffsetValue = opt_i64(sbe_u8(p + 153), 255)
                else:
                    v_pegOffsetValue = None
                if ver >= 1:
                    v_peggedPrice = mant_i64(sbe_i64le(p + 154), 1, INT64_MIN, x1_priceExponent, st.dec)
                else:
                    v_peggedPrice = None
                if ver >= 4:
                    t_u = sbe_u8(p + 162)
                    v_expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
                else:
                    v_expiryReason = None
                e = PyDict_Copy(_T107 if st.dec == DEC_RAW else _T108)
                if st.dec == DEC_RAW:
                    e['priceExponent'] = v_priceExponent
                    e['qtyExponent'] = v_qtyExponent
                e['orderId'] = v_orderId
                e['orderListId'] = v_orderListId
                e['price'] = v_price
                e['origQty'] = v_origQty
                e['executedQty'] = v_executedQty
                e['cummulativeQuoteQty'] = v_cummulativeQuoteQty
                e['status'] = v_status
                e['timeInForce'] = v_timeInForce
                e['orderType'] = v_orderType
                e['side'] = v_side
                e['stopPrice'] = v_stopPrice
                e['trailingDelta'] = v_trailingDelta
                e['trailingTime'] = v_trailingTime
                e['icebergQty'] = v_icebergQty
                e['time'] = v_time
                e['updateTime'] = v_updateTime
                e['isWorking'] = v_isWorking
                e['workingTime'] = v_workingTime
                e['origQuoteOrderQty'] = v_origQuoteOrderQty
                e['strategyId'] = v_strategyId
                e['strategyType'] = v_strategyType
                e['orderCapacity'] = v_orderCapacity
                e['workingFloor'] = v_workingFloor
                e['selfTradePreventionMode'] = v_selfTradePreventionMode
                e['preventedMatchId'] = v_preventedMatchId
                e['preventedQuantity'] = v_preventedQuantity
                e['usedSor'] = v_usedSor
                e['pegPriceType'] = v_pegPriceType
                e['pegOffsetType'] = v_pegOffsetType
                e['pegOffsetValue'] = v_pegOffsetValue
                e['peggedPrice'] = v_peggedPrice
                e['expiryReason'] = v_expiryReason
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_OrdersResponse__orders, _nf_OrdersResponse__orders(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_OrdersResponse__orders, fixed, bl, n, ver, (), rows)
    return rows

cdef class OrdersResponse(Record):
    """Record of message OrdersResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_OrdersResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrdersResponse as a OrdersResponse record; ``pos`` is the start of the root block."""
    cdef OrdersResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OrdersResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('OrdersResponse', _BF_OrdersResponse, ver, bl, pos)
    p = st.buf + pos
    r = OrdersResponse.__new__(OrdersResponse)
    r._dec = st.dec
    pos += bl
    r.orders = _gr_OrdersResponse__orders(st, &pos, end, ver) if st.grp == GRP_LIST else _g_OrdersResponse__orders(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class OrdersResponse_orders(Record):
    """Record of entry of group orders; ``to_dict()`` gives the dict form."""


cdef list _gr_OrdersResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders as a list of OrdersResponse_orders records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef OrdersResponse_orders e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('orders', n, 2147483647, bl + 2, pos, end - pos)
    if bl < (163 if ver >= 4 else (162 if ver >= 1 else 151)):
        raise_short_block('group orders', _BF_OrdersResponse__orders, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            e = OrdersResponse_orders.__new__(OrdersResponse_orders)
            e._dec = st.dec
            e.c_priceExponent = x1_priceExponent
            e.c_qtyExponent = x1_qtyExponent
            e.orderId = sbe_i64le(p + 2)
            e.orderListId = opt_i64(sbe_i64le(p + 10), INT64_MIN)
            e.c_price = sbe_i64le(p + 18)
            e.e_price = x1_priceExponent
            e.c_origQty = sbe_i64le(p + 26)
            e.e_origQty = x1_qtyExponent
            e.c_executedQty = sbe_i64le(p + 34)
            e.e_executedQty = x1_qtyExponent
            e.c_cummulativeQuoteQty = sbe_i64le(p + 42)
            e.e_cummulativeQuoteQty = x1_priceExponent
            t_u = sbe_u8(p + 50)
            e.status = _E_orderStatus[t_u]
            t_u = sbe_u8(p + 51)
            e.timeInForce = _E_timeInForce[t_u]
            t_u = sbe_u8(p + 52)
            e.orderType = _E_orderType[t_u]
            t_u = sbe_u8(p + 53)
            e.side = _E_orderSide[t_u]
            e.c_stopPrice = sbe_i64le(p + 54)
            e.e_stopPrice = x1_priceExponent
            e.trailingDelta = opt_i64(sbe_i64le(p + 62), INT64_MIN)
            e.trailingTime = opt_i64(sbe_i64le(p + 70), INT64_MIN)
            e.c_icebergQty = sbe_i64le(p + 78)
            e.e_icebergQty = x1_qtyExponent
            e.time = sbe_i64le(p + 86)
            e.updateTime = sbe_i64le(p + 94)
            t_u = sbe_u8(p + 102)
            e.isWorking = _E_boolEnum[t_u]
            e.workingTime = opt_i64(sbe_i64le(p + 103), INT64_MIN)
            e.c_origQuoteOrderQty = sbe_i64le(p + 111)
            e.e_origQuoteOrderQty = x1_priceExponent
            e.strategyId = opt_i64(sbe_i64le(p + 119), INT64_MIN)
            e.strategyType = opt_i64(sbe_i32le(p + 127), -2147483648)
            t_u = sbe_u8(p + 131)
            e.orderCapacity = _E_orderCapacity[t_u]
            t_u = sbe_u8(p + 132)
            e.workingFloor = _E_floor[t_u]
            t_u = sbe_u8(p + 133)
            e.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
            e.preventedMatchId = opt_i64(sbe_i64le(p + 134), INT64_MIN)
            e.c_preventedQuantity = sbe_i64le(p + 142)
            e.e_preventedQuantity = x1_priceExponent
            t_u = sbe_u8(p + 150)
            e.usedSor = _E_boolEnum[t_u]
            if ver >= 1:
                t_u = sbe_u8(p + 151)
                e.pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
            else:
                e.pegPriceType = None
            if ver >= 1:
                t_u = sbe_u8(p + 152)
                e.pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
            else:
                e.pegOffsetType = None
            if ver >= 1:
                e.pegOffsetValue = opt_i64(sbe_u8(p + 153), 255)
            else:
                e.pegOffsetValue = None
            if ver >= 1:
                e.peggedPrice = mant_i64(sbe_i64le(p + 154), 1, INT64_MIN, x1_priceExponent, st.dec)
            else:
                e.peggedPrice = None
            if ver >= 4:
                t_u = sbe_u8(p + 162)
                e.expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
            else:
                e.expiryReason = None
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_NewOrderListAckResponse = (('orderListId', 8, 0), ('contingencyType', 9, 0), ('listStatusType', 10, 0), ('listOrderStatus', 11, 0), ('transactionTime', 19, 0))
cdef dict _m_NewOrderListAckResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderListAckResponse (template 309); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of NewOrderListAckResponse', pos, bl, end - pos)
    if bl < 19:
        raise_short_block('NewOrderListAckResponse', _BF_NewOrderListAckResponse, ver, bl, pos)
    p = st.buf + pos
    v_orderListId = sbe_i64le(p)
    t_u = sbe_u8(p + 8)
    v_contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 9)
    v_listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 10)
    v_listOrderStatus = _E_listOrderStatus[t_u]
    v_transactionTime = sbe_i64le(p + 11)
    pos += bl
    v_orders = _g_NewOrderListAckResponse__orders(st, &pos, end, ver)
    v_orderReports = _g_NewOrderListAckResponse__orderReports(st, &pos, end, ver)
    v_listClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T109)
    d['$message'] = 'NewOrderListAckResponse'
    d['orderListId'] = v_orderListId
    d['contingencyType'] = v_contingencyType
    d['listStatusType'] = v_listStatusType
    d['listOrderStatus'] = v_listOrderStatus
    d['transactionTime'] = v_transactionTime
    d['orders'] = v_orders
    d['orderReports'] = v_orderReports
    d['listClientOrderId'] = v_listClientOrderId
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef tuple _BF_NewOrderListAckResponse__orders = (('orderId', 8, 0),)
cdef GroupSpec _GS_NewOrderListAckResponse__orders
cdef object _nf_NewOrderListAckResponse__orders(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group orders as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_NewOrderListAckResponse__orders, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    return out

cdef object _g_NewOrderListAckResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_NewOrderListAckResponse__orders, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                e = PyDict_Copy(_T110)
                e['orderId'] = v_orderId
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_NewOrderListAckResponse__orders, _nf_NewOrderListAckResponse__orders(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_NewOrderListAckResponse__orders, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_NewOrderListAckResponse__orderReports = (('orderId', 8, 0), ('orderListId', 16, 0), ('transactTime', 24, 0))
cdef GroupSpec _GS_NewOrderListAckResponse__orderReports
cdef object _nf_NewOrderListAckResponse__orderReports(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group orderReports as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_NewOrderListAckResponse__orderReports, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 40
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 40
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 8)
    return out

cdef object _g_NewOrderListAckResponse__orderReports(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orderReports: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('orderReports', "dimension of group 'orderReports'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orderReports', n, 65535, bl + 2, pos, end - pos)
    if bl < 24:
        raise_short_block('group orderReports', _BF_NewOrderListAckResponse__orderReports, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orderReports'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                v_orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
                v_transactTime = sbe_i64le(p + 16)
                e = PyDict_Copy(_T111)
                e['orderId'] = v_orderId
                e['orderListId'] = v_orderListId
                e['transactTime'] = v_transactTime
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orderReports')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_NewOrderListAckResponse__orderReports, _nf_NewOrderListAckResponse__orderReports(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_NewOrderListAckResponse__orderReports, fixed, bl, n, ver, (), rows)
    return rows

cdef class NewOrderListAckResponse(Record):
    """Record of message NewOrderListAckResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_NewOrderListAckResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderListAckResponse as a NewOrderListAckResponse record; ``pos`` is the start of the root block."""
    cdef NewOrderListAckResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of NewOrderListAckResponse', pos, bl, end - pos)
    if bl < 19:
        raise_short_block('NewOrderListAckResponse', _BF_NewOrderListAckResponse, ver, bl, pos)
    p = st.buf + pos
    r = NewOrderListAckResponse.__new__(NewOrderListAckResponse)
    r._dec = st.dec
    r.orderListId = sbe_i64le(p)
    t_u = sbe_u8(p + 8)
    r.contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 9)
    r.listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 10)
    r.listOrderStatus = _E_listOrderStatus[t_u]
    r.transactionTime = sbe_i64le(p + 11)
    pos += bl
    r.orders = _gr_NewOrderListAckResponse__orders(st, &pos, end, ver) if st.grp == GRP_LIST else _g_NewOrderListAckResponse__orders(st, &pos, end, ver)
    r.orderReports = _gr_NewOrderListAckResponse__orderReports(st, &pos, end, ver) if st.grp == GRP_LIST else _g_NewOrderListAckResponse__orderReports(st, &pos, end, ver)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    r.listClientOrderId = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef class NewOrderListAckResponse_orders(Record):
    """Record of entry of group orders; ``to_dict()`` gives the dict form."""


cdef list _gr_NewOrderListAckResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders as a list of NewOrderListAckResponse_orders records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef NewOrderListAckResponse_orders e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_NewOrderListAckResponse__orders, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            e = NewOrderListAckResponse_orders.__new__(NewOrderListAckResponse_orders)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    return rows

cdef class NewOrderListAckResponse_orderReports(Record):
    """Record of entry of group orderReports; ``to_dict()`` gives the dict form."""


cdef list _gr_NewOrderListAckResponse__orderReports(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orderReports as a list of NewOrderListAckResponse_orderReports records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef NewOrderListAckResponse_orderReports e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('orderReports', "dimension of group 'orderReports'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orderReports', n, 65535, bl + 2, pos, end - pos)
    if bl < 24:
        raise_short_block('group orderReports', _BF_NewOrderListAckResponse__orderReports, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orderReports'", pos, bl, end - pos)
            p = st.buf + pos
            e = NewOrderListAckResponse_orderReports.__new__(NewOrderListAckResponse_orderReports)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            e.orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
            e.transactTime = sbe_i64le(p + 16)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orderReports')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_NewOrderListResultResponse = (('orderListId', 8, 0), ('contingencyType', 9, 0), ('listStatusType', 10, 0), ('listOrderStatus', 11, 0), ('transactionTime', 19, 0), ('priceExponent', 20, 0), ('qtyExponent', 21, 0))
cdef dict _m_NewOrderListResultResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderListResultResponse (template 310); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of NewOrderListResultResponse', pos, bl, end - pos)
    if bl < 21:
        raise_short_block('NewOrderListResultResponse', _BF_NewOrderListResultResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 19)
    x0_qtyExponent = sbe_i8(p + 20)
    v_orderListId = sbe_i64le(p)
    t_u = sbe_u8(p + 8)
    v_contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 9)
    v_listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 10)
    v_listOrderStatus = _E_listOrderStatus[t_u]
    v_transactionTime = sbe_i64le(p + 11)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    pos += bl
    v_orders = _g_NewOrderListResultResponse__orders(st, &pos, end, ver)
    v_orderReports = _g_NewOrderListResultResponse__orderReports(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_listClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T112 if st.dec == DEC_RAW else _T109)
    d['$message'] = 'NewOrderListResultResponse'
    d['orderListId'] = v_orderListId
    d['contingencyType'] = v_contingencyType
    d['listStatusType'] = v_listStatusType
    d['listOrderStatus'] = v_listOrderStatus
    d['transactionTime'] = v_transactionTime
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['orders'] = v_orders
    d['orderReports'] = v_orderReports
    d['listClientOrderId'] = v_listClientOrderId
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef tuple _BF_NewOrderListResultResponse__orders = (('orderId', 8, 0),)
cdef GroupSpec _GS_NewOrderListResultResponse__orders
cdef object _nf_NewOrderListResultResponse__orders(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group orders as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_NewOrderListResultResponse__orders, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    return out

cdef object _g_NewOrderListResultResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_NewOrderListResultResponse__orders, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                e = PyDict_Copy(_T110)
                e['orderId'] = v_orderId
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_NewOrderListResultResponse__orders, _nf_NewOrderListResultResponse__orders(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_NewOrderListResultResponse__orders, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_NewOrderListResultResponse__orderReports = (('orderId', 8, 0), ('orderListId', 16, 0), ('transactTime', 24, 0), ('price', 32, 0), ('origQty', 40, 0), ('executedQty', 48, 0), ('cummulativeQuoteQty', 56, 0), ('status', 57, 0), ('timeInForce', 58, 0), ('orderType', 59, 0), ('side', 60, 0), ('stopPrice', 68, 0), ('trailingDelta', 76, 0), ('trailingTime', 84, 0), ('workingTime', 92, 0), ('icebergQty', 100, 0), ('strategyId', 108, 0), ('strategyType', 112, 0), ('orderCapacity', 113, 0), ('workingFloor', 114, 0), ('selfTradePreventionMode', 115, 0), ('tradeGroupId', 123, 0), ('preventedQuantity', 131, 0), ('usedSor', 132, 0), ('origQuoteOrderQty', 140, 0), ('pegPriceType', 141, 1), ('pegOffsetType', 142, 1), ('pegOffsetValue', 143, 1), ('peggedPrice', 151, 1), ('expiryReason', 152, 3))
cdef GroupSpec _GS_NewOrderListResultResponse__orderReports
cdef object _nf_NewOrderListResultResponse__orderReports(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group orderReports as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_NewOrderListResultResponse__orderReports, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 168
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 8)
            t_i = sbe_i64le(p + 24)
            t_j = sbe_i64le(p + 32)
            sbe_put_scaled2(q + 24, q + 32, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
            t_i = sbe_i64le(p + 40)
            t_j = sbe_i64le(p + 48)
            sbe_put_scaled2(q + 40, q + 48, t_i, t_j, f_x0_qtyExponent, f_x0_priceExponent, g_x0_qtyExponent, g_x0_priceExponent, k_x0_qtyExponent, k_x0_priceExponent, x0_qtyExponent, x0_priceExponent)
            memcpy(q + 56, p + 56, 1)
            memcpy(q + 57, p + 57, 1)
            memcpy(q + 58, p + 58, 1)
            memcpy(q + 59, p + 59, 1)
            t_i = sbe_i64le(p + 60)
            sbe_put_f64(q + 60, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            memcpy(q + 68, p + 68, 8)
            memcpy(q + 76, p + 76, 8)
            memcpy(q + 84, p + 84, 8)
            t_i = sbe_i64le(p + 92)
            sbe_put_f64(q + 92, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
            memcpy(q + 100, p + 100, 8)
            memcpy(q + 108, p + 108, 4)
            memcpy(q + 112, p + 112, 1)
            memcpy(q + 113, p + 113, 1)
            memcpy(q + 114, p + 114, 1)
            memcpy(q + 115, p + 115, 8)
            t_i = sbe_i64le(p + 123)
            sbe_put_f64(q + 123, sbe_apply_i64(t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
            memcpy(q + 131, p + 131, 1)
            t_i = sbe_i64le(p + 132)
            sbe_put_f64(q + 132, sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            if ver >= 1:
                memcpy(q + 140, p + 140, 1)
            if ver >= 1:
                memcpy(q + 141, p + 141, 1)
            if ver >= 1:
                memcpy(q + 142, p + 142, 1)
            if ver >= 1:
                t_i = sbe_i64le(p + 143)
                sbe_put_f64(q + 143, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            if ver >= 3:
                memcpy(q + 151, p + 151, 1)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 168
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 8)
            memcpy(q + 24, p + 24, 8)
            memcpy(q + 32, p + 32, 8)
            memcpy(q + 40, p + 40, 8)
            memcpy(q + 48, p + 48, 8)
            memcpy(q + 56, p + 56, 1)
            memcpy(q + 57, p + 57, 1)
            memcpy(q + 58, p + 58, 1)
            memcpy(q + 59, p + 59, 1)
            memcpy(q + 60, p + 60, 8)
            memcpy(q + 68, p + 68, 8)
            memcpy(q + 76, p + 76, 8)
            memcpy(q + 84, p + 84, 8)
            memcpy(q + 92, p + 92, 8)
            memcpy(q + 100, p + 100, 8)
            memcpy(q + 108, p + 108, 4)
            memcpy(q + 112, p + 112, 1)
            memcpy(q + 113, p + 113, 1)
            memcpy(q + 114, p + 114, 1)
            memcpy(q + 115, p + 115, 8)
            memcpy(q + 123, p + 123, 8)
            memcpy(q + 131, p + 131, 1)
            memcpy(q + 132, p + 132, 8)
            if ver >= 1:
                memcpy(q + 140, p + 140, 1)
            if ver >= 1:
                memcpy(q + 141, p + 141, 1)
            if ver >= 1:
                memcpy(q + 142, p + 142, 1)
            if ver >= 1:
                memcpy(q + 143, p + 143, 8)
            if ver >= 3:
                memcpy(q + 151, p + 151, 1)
    if ver < 3:
        fill_absent(_GS_NewOrderListResultResponse__orderReports, out, st.dec, ver)
    return out

cdef object _g_NewOrderListResultResponse__orderReports(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group orderReports: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('orderReports', "dimension of group 'orderReports'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orderReports', n, 65535, bl + 2, pos, end - pos)
    if bl < (152 if ver >= 3 else (151 if ver >= 1 else 140)):
        raise_short_block('group orderReports', _BF_NewOrderListResultResponse__orderReports, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orderReports'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                v_orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
                v_transactTime = sbe_i64le(p + 16)
                v_price = mant_i64(sbe_i64le(p + 24), 0, 0, x0_priceExponent, st.dec)
                v_origQty = mant_i64(sbe_i64le(p + 32), 0, 0, x0_qtyExponent, st.dec)
                v_executedQty = mant_i64(sbe_i64le(p + 40), 0, 0, x0_qtyExponent, st.dec)
                v_cummulativeQuoteQty = mant_i64(sbe_i64le(p + 48), 0, 0, x0_priceExponent, st.dec)
                t_u = sbe_u8(p + 56)
                v_status = _E_orderStatus[t_u]
                t_u = sbe_u8(p + 57)
                v_timeInForce = _E_timeInForce[t_u]
                t_u = sbe_u8(p + 58)
                v_orderType = _E_orderType[t_u]
                t_u = sbe_u8(p + 59)
                v_side = _E_orderSide[t_u]
                v_stopPrice = mant_i64(sbe_i64le(p + 60), 1, INT64_MIN, x0_priceExponent, st.dec)
                v_trailingDelta = opt_i64(sbe_i64le(p + 68), INT64_MIN)
                v_trailingTime = opt_i64(sbe_i64le(p + 76), INT64_MIN)
                v_workingTime = opt_i64(sbe_i64le(p + 84), INT64_MIN)
                v_icebergQty = mant_i64(sbe_i64le(p + 92), 1, INT64_MIN, x0_qtyExponent, st.dec)
                v_strategyId = opt_i64(sbe_i64le(p + 100), INT64_MIN)
                v_strategyType = opt_i64(sbe_i32le(p + 108), -2147483648)
                t_u = sbe_u8(p + 112)
                v_orderCapacity = _E_orderCapacity[t_u]
                t_u = sbe_u8(p + 113)
                v_workingFloor = _E_floor[t_u]
                t_u = sbe_u8(p + 114)
                v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
                v_tradeGroupId = opt_i64(sbe_i64le(p + 115), INT64_MIN)
                v_preventedQuantity = mant_i64(sbe_i64le(p + 123), 0, 0, x0_qtyExponent, st.dec)
                t_u = sbe_u8(p + 131)
                v_usedSor = _E_boolEnum[t_u]
                v_origQuoteOrderQty = mant_i64(sbe_i64le(p + 132), 0, 0, x0_priceExponent, st.dec)
                if ver >= 1:
                    t_u = sbe_u8(p + 140)
                    v_pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
                else:
                    v_pegPriceType = None
                if ver >= 1:
                    t_u = sbe_u8(p + 141)
                    v_pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
                else:
                    v_pegOffsetType = None
                if ver >= 1:
                    v_pegOffsetValue = opt_i64(sbe_u8(p + 142), 255)
                else:
                    v_pegOffsetValue = None
                if ver >= 1:
                    v_peggedPrice = mant_i64(sbe_i64le(p + 143), 1, INT64_MIN, x0_priceExponent, st.dec)
                else:
                    v_peggedPrice = None
                if ver >= 3:
                    t_u = sbe_u8(p + 151)
                    v_expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
                else:
                    v_expiryReason = None
                e = PyDict_Copy(_T113)
                e['orderId'] = v_orderId
                e['orderListId'] = v_orderListId
                e['transactTime'] = v_transactTime
                e['price'] = v_price
                e['origQty'] = v_origQty
                e['executedQty'] = v_executedQty
                e['cummulativeQuoteQty'] = v_cummulativeQuoteQty
                e['status'] = v_status
                e['timeInForce'] = v_timeInForce
                e['orderType'] = v_orderType
                e['side'] = v_side
                e['stopPrice'] = v_stopPrice
                e['trailingDelta'] = v_trailingDelta
                e['trailingTime'] = v_trailingTime
                e['workingTime'] = v_workingTime
                e['icebergQty'] = v_icebergQty
                e['strategyId'] = v_strategyId
                e['strategyType'] = v_strategyType
                e['orderCapacity'] = v_orderCapacity
                e['workingFloor'] = v_workingFloor
                e['selfTradePreventionMode'] = v_selfTradePreventionMode
                e['tradeGroupId'] = v_tradeGroupId
                e['preventedQuantity'] = v_preventedQuantity
                e['usedSor'] = v_usedSor
                e['origQuoteOrderQty'] = v_origQuoteOrderQty
                e['pegPriceType'] = v_pegPriceType
                e['pegOffsetType'] = v_pegOffsetType
                e['pegOffsetValue'] = v_pegOffsetValue
                e['peggedPrice'] = v_peggedPrice
                e['expiryReason'] = v_expiryReason
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orderReports')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_NewOrderListResultResponse__orderReports, _nf_NewOrderListResultResponse__orderReports(st, <const uint8_t *>fx, bl, n, ver, x0_priceExponent, x0_qtyExponent), rows)
        return mixed_group_numpy(st, _GS_NewOrderListResultResponse__orderReports, fixed, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ), rows)
    return rows

cdef class NewOrderListResultResponse(Record):
    """Record of message NewOrderListResultResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_NewOrderListResultResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderListResultResponse as a NewOrderListResultResponse record; ``pos`` is the start of the root block."""
    cdef NewOrderListResultResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of NewOrderListResultResponse', pos, bl, end - pos)
    if bl < 21:
        raise_short_block('NewOrderListResultResponse', _BF_NewOrderListResultResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 19)
    x0_qtyExponent = sbe_i8(p + 20)
    r = NewOrderListResultResponse.__new__(NewOrderListResultResponse)
    r._dec = st.dec
    r.orderListId = sbe_i64le(p)
    t_u = sbe_u8(p + 8)
    r.contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 9)
    r.listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 10)
    r.listOrderStatus = _E_listOrderStatus[t_u]
    r.transactionTime = sbe_i64le(p + 11)
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    pos += bl
    r.orders = _gr_NewOrderListResultResponse__orders(st, &pos, end, ver) if st.grp == GRP_LIST else _g_NewOrderListResultResponse__orders(st, &pos, end, ver)
    r.orderReports = _gr_NewOrderListResultResponse__orderReports(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_NewOrderListResultResponse__orderReports(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    r.listClientOrderId = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef class NewOrderListResultResponse_orders(Record):
    """Record of entry of group orders; ``to_dict()`` gives the dict form."""


cdef list _gr_NewOrderListResultResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders as a list of NewOrderListResultResponse_orders records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef NewOrderListResultResponse_orders e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_NewOrderListResultResponse__orders, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            e = NewOrderListResultResponse_orders.__new__(NewOrderListResultResponse_orders)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    return rows

cdef class NewOrderListResultResponse_orderReports(Record):
    """Record of entry of group orderReports; ``to_dict()`` gives the dict form."""


cdef list _gr_NewOrderListResultResponse__orderReports(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group orderReports as a list of NewOrderListResultResponse_orderReports records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef NewOrderListResultResponse_orderReports e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('orderReports', "dimension of group 'orderReports'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orderReports', n, 65535, bl + 2, pos, end - pos)
    if bl < (152 if ver >= 3 else (151 if ver >= 1 else 140)):
        raise_short_block('group orderReports', _BF_NewOrderListResultResponse__orderReports, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orderReports'", pos, bl, end - pos)
            p = st.buf + pos
            e = NewOrderListResultResponse_orderReports.__new__(NewOrderListResultResponse_orderReports)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            e.orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
            e.transactTime = sbe_i64le(p + 16)
            e.c_price = sbe_i64le(p + 24)
            e.e_price = x0_priceExponent
            e.c_origQty = sbe_i64le(p + 32)
            e.e_origQty = x0_qtyExponent
            e.c_executedQty = sbe_i64le(p + 40)
            e.e_executedQty = x0_qtyExponent
            e.c_cummulativeQuoteQty = sbe_i64le(p + 48)
            e.e_cummulativeQuoteQty = x0_priceExponent
            t_u = sbe_u8(p + 56)
            e.status = _E_orderStatus[t_u]
            t_u = sbe_u8(p + 57)
            e.timeInForce = _E_timeInForce[t_u]
            t_u = sbe_u8(p + 58)
            e.orderType = _E_orderType[t_u]
            t_u = sbe_u8(p + 59)
            e.side = _E_orderSide[t_u]
            e.c_stopPrice = sbe_i64le(p + 60)
            e.e_stopPrice = x0_priceExponent
            e.trailingDelta = opt_i64(sbe_i64le(p + 68), INT64_MIN)
            e.trailingTime = opt_i64(sbe_i64le(p + 76), INT64_MIN)
            e.workingTime = opt_i64(sbe_i64le(p + 84), INT64_MIN)
            e.c_icebergQty = sbe_i64le(p + 92)
            e.e_icebergQty = x0_qtyExponent
            e.strategyId = opt_i64(sbe_i64le(p + 100), INT64_MIN)
            e.strategyType = opt_i64(sbe_i32le(p + 108), -2147483648)
            t_u = sbe_u8(p + 112)
            e.orderCapacity = _E_orderCapacity[t_u]
            t_u = sbe_u8(p + 113)
            e.workingFloor = _E_floor[t_u]
            t_u = sbe_u8(p + 114)
            e.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
            e.tradeGroupId = opt_i64(sbe_i64le(p + 115), INT64_MIN)
            e.c_preventedQuantity = sbe_i64le(p + 123)
            e.e_preventedQuantity = x0_qtyExponent
            t_u = sbe_u8(p + 131)
            e.usedSor = _E_boolEnum[t_u]
            e.c_origQuoteOrderQty = sbe_i64le(p + 132)
            e.e_origQuoteOrderQty = x0_priceExponent
            if ver >= 1:
                t_u = sbe_u8(p + 140)
                e.pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
            else:
                e.pegPriceType = None
            if ver >= 1:
                t_u = sbe_u8(p + 141)
                e.pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
            else:
                e.pegOffsetType = None
            if ver >= 1:
                e.pegOffsetValue = opt_i64(sbe_u8(p + 142), 255)
            else:
                e.pegOffsetValue = None
            if ver >= 1:
                e.peggedPrice = mant_i64(sbe_i64le(p + 143), 1, INT64_MIN, x0_priceExponent, st.dec)
            else:
                e.peggedPrice = None
            if ver >= 3:
                t_u = sbe_u8(p + 151)
                e.expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
            else:
                e.expiryReason = None
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orderReports')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_NewOrderListFullResponse = (('orderListId', 8, 0), ('contingencyType', 9, 0), ('listStatusType', 10, 0), ('listOrderStatus', 11, 0), ('transactionTime', 19, 0), ('priceExponent', 20, 0), ('qtyExponent', 21, 0))
cdef dict _m_NewOrderListFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderListFullResponse (template 311); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of NewOrderListFullResponse', pos, bl, end - pos)
    if bl < 21:
        raise_short_block('NewOrderListFullResponse', _BF_NewOrderListFullResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 19)
    x0_qtyExponent = sbe_i8(p + 20)
    v_orderListId = sbe_i64le(p)
    t_u = sbe_u8(p + 8)
    v_contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 9)
    v_listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 10)
    v_listOrderStatus = _E_listOrderStatus[t_u]
    v_transactionTime = sbe_i64le(p + 11)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    pos += bl
    v_orders = _g_NewOrderListFullResponse__orders(st, &pos, end, ver)
    v_orderReports = _g_NewOrderListFullResponse__orderReports(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_listClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T112 if st.dec == DEC_RAW else _T109)
    d['$message'] = 'NewOrderListFullResponse'
    d['orderListId'] = v_orderListId
    d['contingencyType'] = v_contingencyType
    d['listStatusType'] = v_listStatusType
    d['listOrderStatus'] = v_listOrderStatus
    d['transactionTime'] = v_transactionTime
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['orders'] = v_orders
    d['orderReports'] = v_orderReports
    d['listClientOrderId'] = v_listClientOrderId
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef tuple _BF_NewOrderListFullResponse__orders = (('orderId', 8, 0),)
cdef GroupSpec _GS_NewOrderListFullResponse__orders
cdef object _nf_NewOrderListFullResponse__orders(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group orders as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_NewOrderListFullResponse__orders, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    return out

cdef object _g_NewOrderListFullResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_NewOrderListFullResponse__orders, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                e = PyDict_Copy(_T110)
                e['orderId'] = v_orderId
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_NewOrderListFullResponse__orders, _nf_NewOrderListFullResponse__orders(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_NewOrderListFullResponse__orders, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_NewOrderListFullResponse__orderReports = (('orderId', 8, 0), ('orderListId', 16, 0), ('transactTime', 24, 0), ('price', 32, 0), ('origQty', 40, 0), ('executedQty', 48, 0), ('cummulativeQuoteQty', 56, 0), ('status', 57, 0), ('timeInForce', 58, 0), ('orderType', 59, 0), ('side', 60, 0), ('stopPrice', 68, 0), ('trailingDelta', 76, 0), ('trailingTime', 84, 0), ('workingTime', 92, 0), ('icebergQty', 100, 0), ('strategyId', 108, 0), ('strategyType', 112, 0), ('orderCapacity', 113, 0), ('workingFloor', 114, 0), ('selfTradePreventionMode', 115, 0), ('tradeGroupId', 123, 0), ('preventedQuantity', 131, 0), ('usedSor', 132, 0), ('origQuoteOrderQty', 140, 0), ('pegPriceType', 141, 1), ('pegOffsetType', 142, 1), ('pegOffsetValue', 143, 1), ('peggedPrice', 151, 1), ('expiryReason', 152, 3))
cdef GroupSpec _GS_NewOrderListFullResponse__orderReports
cdef object _nf_NewOrderListFullResponse__orderReports(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group orderReports as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_NewOrderListFullResponse__orderReports, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 184
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 8)
            t_i = sbe_i64le(p + 24)
            t_j = sbe_i64le(p + 32)
            sbe_put_scaled2(q + 24, q + 32, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
            t_i = sbe_i64le(p + 40)
            t_j = sbe_i64le(p + 48)
            sbe_put_scaled2(q + 40, q + 48, t_i, t_j, f_x0_qtyExponent, f_x0_priceExponent, g_x0_qtyExponent, g_x0_priceExponent, k_x0_qtyExponent, k_x0_priceExponent, x0_qtyExponent, x0_priceExponent)
            memcpy(q + 56, p + 56, 1)
            memcpy(q + 57, p + 57, 1)
            memcpy(q + 58, p + 58, 1)
            memcpy(q + 59, p + 59, 1)
            t_i = sbe_i64le(p + 60)
            sbe_put_f64(q + 60, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            memcpy(q + 68, p + 68, 8)
            memcpy(q + 76, p + 76, 8)
            memcpy(q + 84, p + 84, 8)
            t_i = sbe_i64le(p + 92)
            sbe_put_f64(q + 92, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
            memcpy(q + 100, p + 100, 8)
            memcpy(q + 108, p + 108, 4)
            memcpy(q + 112, p + 112, 1)
            memcpy(q + 113, p + 113, 1)
            memcpy(q + 114, p + 114, 1)
            memcpy(q + 115, p + 115, 8)
            t_i = sbe_i64le(p + 123)
            sbe_put_f64(q + 123, sbe_apply_i64(t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
            memcpy(q + 131, p + 131, 1)
            t_i = sbe_i64le(p + 132)
            sbe_put_f64(q + 132, sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            if ver >= 1:
                memcpy(q + 140, p + 140, 1)
            if ver >= 1:
                memcpy(q + 141, p + 141, 1)
            if ver >= 1:
                memcpy(q + 142, p + 142, 1)
            if ver >= 1:
                t_i = sbe_i64le(p + 143)
                sbe_put_f64(q + 143, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            if ver >= 3:
                memcpy(q + 151, p + 151, 1)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 184
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 8)
            memcpy(q + 24, p + 24, 8)
            memcpy(q + 32, p + 32, 8)
            memcpy(q + 40, p + 40, 8)
            memcpy(q + 48, p + 48, 8)
            memcpy(q + 56, p + 56, 1)
            memcpy(q + 57, p + 57, 1)
            memcpy(q + 58, p + 58, 1)
            memcpy(q + 59, p + 59, 1)
            memcpy(q + 60, p + 60, 8)
            memcpy(q + 68, p + 68, 8)
            memcpy(q + 76, p + 76, 8)
            memcpy(q + 84, p + 84, 8)
            memcpy(q + 92, p + 92, 8)
            memcpy(q + 100, p + 100, 8)
            memcpy(q + 108, p + 108, 4)
            memcpy(q + 112, p + 112, 1)
            memcpy(q + 113, p + 113, 1)
            memcpy(q + 114, p + 114, 1)
            memcpy(q + 115, p + 115, 8)
            memcpy(q + 123, p + 123, 8)
            memcpy(q + 131, p + 131, 1)
            memcpy(q + 132, p + 132, 8)
            if ver >= 1:
                memcpy(q + 140, p + 140, 1)
            if ver >= 1:
                memcpy(q + 141, p + 141, 1)
            if ver >= 1:
                memcpy(q + 142, p + 142, 1)
            if ver >= 1:
                memcpy(q + 143, p + 143, 8)
            if ver >= 3:
                memcpy(q + 151, p + 151, 1)
    if ver < 3:
        fill_absent(_GS_NewOrderListFullResponse__orderReports, out, st.dec, ver)
    return out

cdef object _g_NewOrderListFullResponse__orderReports(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group orderReports: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('orderReports', "dimension of group 'orderReports'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orderReports', n, 65535, bl + 14, pos, end - pos)
    if bl < (152 if ver >= 3 else (151 if ver >= 1 else 140)):
        raise_short_block('group orderReports', _BF_NewOrderListFullResponse__orderReports, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orderReports'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_fills = _g_NewOrderListFullResponse__orderReports__fills(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
            v_preventedMatches = _g_NewOrderListFullResponse__orderReports__preventedMatches(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T114)
                e['fills'] = v_fills
                e['preventedMatches'] = v_preventedMatches
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                v_orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
                v_transactTime = sbe_i64le(p + 16)
                v_price = mant_i64(sbe_i64le(p + 24), 0, 0, x0_priceExponent, st.dec)
                v_origQty = mant_i64(sbe_i64le(p + 32), 0, 0, x0_qtyExponent, st.dec)
                v_executedQty = mant_i64(sbe_i64le(p + 40), 0, 0, x0_qtyExponent, st.dec)
                v_cummulativeQuoteQty = mant_i64(sbe_i64le(p + 48), 0, 0, x0_priceExponent, st.dec)
                t_u = sbe_u8(p + 56)
                v_status = _E_orderStatus[t_u]
                t_u = sbe_u8(p + 57)
                v_timeInForce = _E_timeInForce[t_u]
                t_u = sbe_u8(p + 58)
                v_orderType = _E_orderType[t_u]
                t_u = sbe_u8(p + 59)
                v_side = _E_orderSide[t_u]
                v_stopPrice = mant_i64(sbe_i64le(p + 60), 1, INT64_MIN, x0_priceExponent, st.dec)
                v_trailingDelta = opt_i64(sbe_i64le(p + 68), INT64_MIN)
                v_trailingTime = opt_i64(sbe_i64le(p + 76), INT64_MIN)
                v_workingTime = opt_i64(sbe_i64le(p + 84), INT64_MIN)
                v_icebergQty = mant_i64(sbe_i64le(p + 92), 1, INT64_MIN, x0_qtyExponent, st.dec)
                v_strategyId = opt_i64(sbe_i64le(p + 100), INT64_MIN)
                v_strategyType = opt_i64(sbe_i32le(p + 108), -2147483648)
                t_u = sbe_u8(p + 112)
                v_orderCapacity = _E_orderCapacity[t_u]
                t_u = sbe_u8(p + 113)
                v_workingFloor = _E_floor[t_u]
                t_u = sbe_u8(p + 114)
                v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
                v_tradeGroupId = opt_i64(sbe_i64le(p + 115), INT64_MIN)
                v_preventedQuantity = mant_i64(sbe_i64le(p + 123), 0, 0, x0_qtyExponent, st.dec)
                t_u = sbe_u8(p + 131)
                v_usedSor = _E_boolEnum[t_u]
                v_origQuoteOrderQty = mant_i64(sbe_i64le(p + 132), 0, 0, x0_priceExponent, st.dec)
                if ver >= 1:
                    t_u = sbe_u8(p + 140)
                    v_pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
                else:
                    v_pegPriceType = None
                if ver >= 1:
                    t_u = sbe_u8(p + 141)
                    v_pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
                else:
                    v_pegOffsetType = None
                if ver >= 1:
                    v_pegOffsetValue = opt_i64(sbe_u8(p + 142), 255)
                else:
                    v_pegOffsetValue = None
                if ver >= 1:
                    v_peggedPrice = mant_i64(sbe_i64le(p + 143), 1, INT64_MIN, x0_priceExponent, st.dec)
                else:
                    v_peggedPrice = None
                if ver >= 3:
                    t_u = sbe_u8(p + 151)
                    v_expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
                else:
                    v_expiryReason = None
                e = PyDict_Copy(_T115)
                e['orderId'] = v_orderId
                e['orderListId'] = v_orderListId
                e['transactTime'] = v_transactTime
                e['price'] = v_price
                e['origQty'] = v_origQty
                e['executedQty'] = v_executedQty
                e['cummulativeQuoteQty'] = v_cummulativeQuoteQty
                e['status'] = v_status
                e['timeInForce'] = v_timeInForce
                e['orderType'] = v_orderType
                e['side'] = v_side
                e['stopPrice'] = v_stopPrice
                e['trailingDelta'] = v_trailingDelta
                e['trailingTime'] = v_trailingTime
                e['workingTime'] = v_workingTime
                e['icebergQty'] = v_icebergQty
                e['strategyId'] = v_strategyId
                e['strategyType'] = v_strategyType
                e['orderCapacity'] = v_orderCapacity
                e['workingFloor'] = v_workingFloor
                e['selfTradePreventionMode'] = v_selfTradePreventionMode
                e['tradeGroupId'] = v_tradeGroupId
                e['preventedQuantity'] = v_preventedQuantity
                e['usedSor'] = v_usedSor
                e['origQuoteOrderQty'] = v_origQuoteOrderQty
                e['pegPriceType'] = v_pegPriceType
                e['pegOffsetType'] = v_pegOffsetType
                e['pegOffsetValue'] = v_pegOffsetValue
                e['peggedPrice'] = v_peggedPrice
                e['expiryReason'] = v_expiryReason
                e['fills'] = v_fills
                e['preventedMatches'] = v_preventedMatches
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orderReports')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_NewOrderListFullResponse__orderReports, _nf_NewOrderListFullResponse__orderReports(st, <const uint8_t *>fx, bl, n, ver, x0_priceExponent, x0_qtyExponent), rows)
        return mixed_group_numpy(st, _GS_NewOrderListFullResponse__orderReports, fixed, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ), rows)
    return rows

cdef tuple _BF_NewOrderListFullResponse__orderReports__fills = (('commissionExponent', 1, 0), ('matchType', 2, 0), ('price', 10, 0), ('qty', 18, 0), ('commission', 26, 0), ('tradeId', 34, 0), ('allocId', 42, 0))
cdef GroupSpec _GS_NewOrderListFullResponse__orderReports__fills
cdef object _nf_NewOrderListFullResponse__orderReports__fills(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group fills as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    cdef int l_commissionExponent
    out = new_rows(_GS_NewOrderListFullResponse__orderReports__fills, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 49
            l_commissionExponent = sbe_i8(p + 0)
            memcpy(q + 0, p + 1, 1)
            t_i = sbe_i64le(p + 2)
            t_j = sbe_i64le(p + 10)
            sbe_put_scaled2(q + 1, q + 9, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
            t_i = sbe_i64le(p + 18)
            sbe_put_f64(q + 17, (SBE_NAN if l_commissionExponent == EXP_NONE else sbe_scale_i64(t_i, l_commissionExponent)))
            memcpy(q + 25, p + 26, 8)
            memcpy(q + 33, p + 34, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 50
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 8)
            memcpy(q + 10, p + 10, 8)
            memcpy(q + 18, p + 18, 8)
            memcpy(q + 26, p + 26, 8)
            memcpy(q + 34, p + 34, 8)
    return out

cdef object _g_NewOrderListFullResponse__orderReports__fills(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group fills: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x2_commissionExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('fills', "dimension of group 'fills'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('fills', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 42:
        raise_short_block('group fills', _BF_NewOrderListFullResponse__orderReports__fills, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'fills'", pos, bl, end - pos)
            p = st.buf + pos
            x2_commissionExponent = sbe_i8(p)
            pos += bl
            v_commissionAsset = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T93)
                e['commissionAsset'] = v_commissionAsset
            else:
                v_commissionExponent = None if x2_commissionExponent == EXP_NONE else x2_commissionExponent
                t_u = sbe_u8(p + 1)
                v_matchType = _E_matchType[t_u]
                v_price = mant_i64(sbe_i64le(p + 2), 0, 0, x0_priceExponent, st.dec)
                v_qty = mant_i64(sbe_i64le(p + 10), 0, 0, x0_qtyExponent, st.dec)
                v_commission = mant_i64(sbe_i64le(p + 18), 0, 0, x2_commissionExponent, st.dec)
                v_tradeId = opt_i64(sbe_i64le(p + 26), INT64_MIN)
                v_allocId = opt_i64(sbe_i64le(p + 34), INT64_MIN)
                e = PyDict_Copy(_T94 if st.dec == DEC_RAW else _T95)
                if st.dec == DEC_RAW:
                    e['commissionExponent'] = v_commissionExponent
                e['matchType'] = v_matchType
                e['price'] = v_price
                e['qty'] = v_qty
                e['commission'] = v_commission
                e['tradeId'] = v_tradeId
                e['allocId'] = v_allocId
                e['commissionAsset'] = v_commissionAsset
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('fills')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_NewOrderListFullResponse__orderReports__fills, _nf_NewOrderListFullResponse__orderReports__fills(st, <const uint8_t *>fx, bl, n, ver, x0_priceExponent, x0_qtyExponent), rows)
        return mixed_group_numpy(st, _GS_NewOrderListFullResponse__orderReports__fills, fixed, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ), rows)
    return rows

cdef tuple _BF_NewOrderListFullResponse__orderReports__preventedMatches = (('preventedMatchId', 8, 0), ('makerOrderId', 16, 0), ('price', 24, 0), ('takerPreventedQuantity', 32, 0), ('makerPreventedQuantity', 40, 0))
cdef GroupSpec _GS_NewOrderListFullResponse__orderReports__preventedMatches
cdef object _nf_NewOrderListFullResponse__orderReports__preventedMatches(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group preventedMatches as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_NewOrderListFullResponse__orderReports__preventedMatches, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 48
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            t_i = sbe_i64le(p + 16)
            sbe_put_f64(q + 16, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            t_i = sbe_i64le(p + 24)
            sbe_put_f64(q + 24, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
            t_i = sbe_i64le(p + 32)
            sbe_put_f64(q + 32, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 48
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 8)
            memcpy(q + 24, p + 24, 8)
            memcpy(q + 32, p + 32, 8)
    return out

cdef object _g_NewOrderListFullResponse__orderReports__preventedMatches(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group preventedMatches: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('preventedMatches', "dimension of group 'preventedMatches'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('preventedMatches', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 40:
        raise_short_block('group preventedMatches', _BF_NewOrderListFullResponse__orderReports__preventedMatches, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'preventedMatches'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_makerSymbol = var_text(st, &pos, end, 1, 0, 255, 1, 'makerSymbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T96)
                e['makerSymbol'] = v_makerSymbol
            else:
                v_preventedMatchId = sbe_i64le(p)
                v_makerOrderId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
                v_price = mant_i64(sbe_i64le(p + 16), 1, INT64_MIN, x0_priceExponent, st.dec)
                v_takerPreventedQuantity = mant_i64(sbe_i64le(p + 24), 1, INT64_MIN, x0_qtyExponent, st.dec)
                v_makerPreventedQuantity = mant_i64(sbe_i64le(p + 32), 1, INT64_MIN, x0_qtyExponent, st.dec)
                e = PyDict_Copy(_T97)
                e['preventedMatchId'] = v_preventedMatchId
                e['makerOrderId'] = v_makerOrderId
                e['price'] = v_price
                e['takerPreventedQuantity'] = v_takerPreventedQuantity
                e['makerPreventedQuantity'] = v_makerPreventedQuantity
                e['makerSymbol'] = v_makerSymbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('preventedMatches')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_NewOrderListFullResponse__orderReports__preventedMatches, _nf_NewOrderListFullResponse__orderReports__preventedMatches(st, <const uint8_t *>fx, bl, n, ver, x0_priceExponent, x0_qtyExponent), rows)
        return mixed_group_numpy(st, _GS_NewOrderListFullResponse__orderReports__preventedMatches, fixed, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ), rows)
    return rows

cdef class NewOrderListFullResponse(Record):
    """Record of message NewOrderListFullResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_NewOrderListFullResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NewOrderListFullResponse as a NewOrderListFullResponse record; ``pos`` is the start of the root block."""
    cdef NewOrderListFullResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of NewOrderListFullResponse', pos, bl, end - pos)
    if bl < 21:
        raise_short_block('NewOrderListFullResponse', _BF_NewOrderListFullResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 19)
    x0_qtyExponent = sbe_i8(p + 20)
    r = NewOrderListFullResponse.__new__(NewOrderListFullResponse)
    r._dec = st.dec
    r.orderListId = sbe_i64le(p)
    t_u = sbe_u8(p + 8)
    r.contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 9)
    r.listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 10)
    r.listOrderStatus = _E_listOrderStatus[t_u]
    r.transactionTime = sbe_i64le(p + 11)
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    pos += bl
    r.orders = _gr_NewOrderListFullResponse__orders(st, &pos, end, ver) if st.grp == GRP_LIST else _g_NewOrderListFullResponse__orders(st, &pos, end, ver)
    r.orderReports = _gr_NewOrderListFullResponse__orderReports(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_NewOrderListFullResponse__orderReports(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    r.listClientOrderId = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef class NewOrderListFullResponse_orders(Record):
    """Record of entry of group orders; ``to_dict()`` gives the dict form."""


cdef list _gr_NewOrderListFullResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders as a list of NewOrderListFullResponse_orders records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef NewOrderListFullResponse_orders e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_NewOrderListFullResponse__orders, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            e = NewOrderListFullResponse_orders.__new__(NewOrderListFullResponse_orders)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    return rows

cdef class NewOrderListFullResponse_orderReports(Record):
    """Record of entry of group orderReports; ``to_dict()`` gives the dict form."""


cdef list _gr_NewOrderListFullResponse__orderReports(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group orderReports as a list of NewOrderListFullResponse_orderReports records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef NewOrderListFullResponse_orderReports e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('orderReports', "dimension of group 'orderReports'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orderReports', n, 65535, bl + 14, pos, end - pos)
    if bl < (152 if ver >= 3 else (151 if ver >= 1 else 140)):
        raise_short_block('group orderReports', _BF_NewOrderListFullResponse__orderReports, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orderReports'", pos, bl, end - pos)
            p = st.buf + pos
            e = NewOrderListFullResponse_orderReports.__new__(NewOrderListFullResponse_orderReports)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            e.orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
            e.transactTime = sbe_i64le(p + 16)
            e.c_price = sbe_i64le(p + 24)
            e.e_price = x0_priceExponent
            e.c_origQty = sbe_i64le(p + 32)
            e.e_origQty = x0_qtyExponent
            e.c_executedQty = sbe_i64le(p + 40)
            e.e_executedQty = x0_qtyExponent
            e.c_cummulativeQuoteQty = sbe_i64le(p + 48)
            e.e_cummulativeQuoteQty = x0_priceExponent
            t_u = sbe_u8(p + 56)
            e.status = _E_orderStatus[t_u]
            t_u = sbe_u8(p + 57)
            e.timeInForce = _E_timeInForce[t_u]
            t_u = sbe_u8(p + 58)
            e.orderType = _E_orderType[t_u]
            t_u = sbe_u8(p + 59)
            e.side = _E_orderSide[t_u]
            e.c_stopPrice = sbe_i64le(p + 60)
            e.e_stopPrice = x0_priceExponent
            e.trailingDelta = opt_i64(sbe_i64le(p + 68), INT64_MIN)
            e.trailingTime = opt_i64(sbe_i64le(p + 76), INT64_MIN)
            e.workingTime = opt_i64(sbe_i64le(p + 84), INT64_MIN)
            e.c_icebergQty = sbe_i64le(p + 92)
            e.e_icebergQty = x0_qtyExponent
            e.strategyId = opt_i64(sbe_i64le(p + 100), INT64_MIN)
            e.strategyType = opt_i64(sbe_i32le(p + 108), -2147483648)
            t_u = sbe_u8(p + 112)
            e.orderCapacity = _E_orderCapacity[t_u]
            t_u = sbe_u8(p + 113)
            e.workingFloor = _E_floor[t_u]
            t_u = sbe_u8(p + 114)
            e.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
            e.tradeGroupId = opt_i64(sbe_i64le(p + 115), INT64_MIN)
            e.c_preventedQuantity = sbe_i64le(p + 123)
            e.e_preventedQuantity = x0_qtyExponent
            t_u = sbe_u8(p + 131)
            e.usedSor = _E_boolEnum[t_u]
            e.c_origQuoteOrderQty = sbe_i64le(p + 132)
            e.e_origQuoteOrderQty = x0_priceExponent
            if ver >= 1:
                t_u = sbe_u8(p + 140)
                e.pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
            else:
                e.pegPriceType = None
            if ver >= 1:
                t_u = sbe_u8(p + 141)
                e.pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
            else:
                e.pegOffsetType = None
            if ver >= 1:
                e.pegOffsetValue = opt_i64(sbe_u8(p + 142), 255)
            else:
                e.pegOffsetValue = None
            if ver >= 1:
                e.peggedPrice = mant_i64(sbe_i64le(p + 143), 1, INT64_MIN, x0_priceExponent, st.dec)
            else:
                e.peggedPrice = None
            if ver >= 3:
                t_u = sbe_u8(p + 151)
                e.expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
            else:
                e.expiryReason = None
            pos += bl
            e.fills = _gr_NewOrderListFullResponse__orderReports__fills(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_NewOrderListFullResponse__orderReports__fills(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
            e.preventedMatches = _gr_NewOrderListFullResponse__orderReports__preventedMatches(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_NewOrderListFullResponse__orderReports__preventedMatches(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orderReports')
        raise
    ppos[0] = pos
    return rows

cdef class NewOrderListFullResponse_orderReports_fills(Record):
    """Record of entry of group fills; ``to_dict()`` gives the dict form."""


cdef list _gr_NewOrderListFullResponse__orderReports__fills(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group fills as a list of NewOrderListFullResponse_orderReports_fills records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x2_commissionExponent = EXP_NONE
    cdef NewOrderListFullResponse_orderReports_fills e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('fills', "dimension of group 'fills'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('fills', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 42:
        raise_short_block('group fills', _BF_NewOrderListFullResponse__orderReports__fills, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'fills'", pos, bl, end - pos)
            p = st.buf + pos
            x2_commissionExponent = sbe_i8(p)
            e = NewOrderListFullResponse_orderReports_fills.__new__(NewOrderListFullResponse_orderReports_fills)
            e._dec = st.dec
            e.c_commissionExponent = x2_commissionExponent
            t_u = sbe_u8(p + 1)
            e.matchType = _E_matchType[t_u]
            e.c_price = sbe_i64le(p + 2)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 10)
            e.e_qty = x0_qtyExponent
            e.c_commission = sbe_i64le(p + 18)
            e.e_commission = x2_commissionExponent
            e.tradeId = opt_i64(sbe_i64le(p + 26), INT64_MIN)
            e.allocId = opt_i64(sbe_i64le(p + 34), INT64_MIN)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
            e.commissionAsset = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('fills')
        raise
    ppos[0] = pos
    return rows

cdef class NewOrderListFullResponse_orderReports_preventedMatches(Record):
    """Record of entry of group preventedMatches; ``to_dict()`` gives the dict form."""


cdef list _gr_NewOrderListFullResponse__orderReports__preventedMatches(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group preventedMatches as a list of NewOrderListFullResponse_orderReports_preventedMatches records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef NewOrderListFullResponse_orderReports_preventedMatches e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('preventedMatches', "dimension of group 'preventedMatches'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('preventedMatches', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 40:
        raise_short_block('group preventedMatches', _BF_NewOrderListFullResponse__orderReports__preventedMatches, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'preventedMatches'", pos, bl, end - pos)
            p = st.buf + pos
            e = NewOrderListFullResponse_orderReports_preventedMatches.__new__(NewOrderListFullResponse_orderReports_preventedMatches)
            e._dec = st.dec
            e.preventedMatchId = sbe_i64le(p)
            e.makerOrderId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
            e.c_price = sbe_i64le(p + 16)
            e.e_price = x0_priceExponent
            e.c_takerPreventedQuantity = sbe_i64le(p + 24)
            e.e_takerPreventedQuantity = x0_qtyExponent
            e.c_makerPreventedQuantity = sbe_i64le(p + 32)
            e.e_makerPreventedQuantity = x0_qtyExponent
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'makerSymbol')
            e.makerSymbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('preventedMatches')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_CancelOrderListResponse = (('orderListId', 8, 0), ('contingencyType', 9, 0), ('listStatusType', 10, 0), ('listOrderStatus', 11, 0), ('transactionTime', 19, 0), ('priceExponent', 20, 0), ('qtyExponent', 21, 0))
cdef dict _m_CancelOrderListResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """CancelOrderListResponse (template 312); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of CancelOrderListResponse', pos, bl, end - pos)
    if bl < 21:
        raise_short_block('CancelOrderListResponse', _BF_CancelOrderListResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 19)
    x0_qtyExponent = sbe_i8(p + 20)
    v_orderListId = sbe_i64le(p)
    t_u = sbe_u8(p + 8)
    v_contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 9)
    v_listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 10)
    v_listOrderStatus = _E_listOrderStatus[t_u]
    v_transactionTime = sbe_i64le(p + 11)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    pos += bl
    v_orders = _g_CancelOrderListResponse__orders(st, &pos, end, ver)
    v_orderReports = _g_CancelOrderListResponse__orderReports(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_listClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T112 if st.dec == DEC_RAW else _T109)
    d['$message'] = 'CancelOrderListResponse'
    d['orderListId'] = v_orderListId
    d['contingencyType'] = v_contingencyType
    d['listStatusType'] = v_listStatusType
    d['listOrderStatus'] = v_listOrderStatus
    d['transactionTime'] = v_transactionTime
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['orders'] = v_orders
    d['orderReports'] = v_orderReports
    d['listClientOrderId'] = v_listClientOrderId
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef tuple _BF_CancelOrderListResponse__orders = (('orderId', 8, 0),)
cdef GroupSpec _GS_CancelOrderListResponse__orders
cdef object _nf_CancelOrderListResponse__orders(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group orders as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_CancelOrderListResponse__orders, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    return out

cdef object _g_CancelOrderListResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_CancelOrderListResponse__orders, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                e = PyDict_Copy(_T110)
                e['orderId'] = v_orderId
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_CancelOrderListResponse__orders, _nf_CancelOrderListResponse__orders(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_CancelOrderListResponse__orders, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_CancelOrderListResponse__orderReports = (('orderId', 8, 0), ('orderListId', 16, 0), ('transactTime', 24, 0), ('price', 32, 0), ('origQty', 40, 0), ('executedQty', 48, 0), ('cummulativeQuoteQty', 56, 0), ('status', 57, 0), ('timeInForce', 58, 0), ('orderType', 59, 0), ('side', 60, 0), ('stopPrice', 68, 0), ('trailingDelta', 76, 0), ('trailingTime', 84, 0), ('icebergQty', 92, 0), ('strategyId', 100, 0), ('strategyType', 104, 0), ('orderCapacity', 105, 0), ('workingFloor', 106, 0), ('selfTradePreventionMode', 107, 0), ('preventedQuantity', 115, 0), ('usedSor', 116, 0), ('origQuoteOrderQty', 124, 0), ('pegPriceType', 125, 1), ('pegOffsetType', 126, 1), ('pegOffsetValue', 127, 1), ('peggedPrice', 135, 1))
cdef GroupSpec _GS_CancelOrderListResponse__orderReports
cdef object _nf_CancelOrderListResponse__orderReports(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group orderReports as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_CancelOrderListResponse__orderReports, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 159
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 8)
            t_i = sbe_i64le(p + 24)
            t_j = sbe_i64le(p + 32)
            sbe_put_scaled2(q + 24, q + 32, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
            t_i = sbe_i64le(p + 40)
            t_j = sbe_i64le(p + 48)
            sbe_put_scaled2(q + 40, q + 48, t_i, t_j, f_x0_qtyExponent, f_x0_priceExponent, g_x0_qtyExponent, g_x0_priceExponent, k_x0_qtyExponent, k_x0_priceExponent, x0_qtyExponent, x0_priceExponent)
            memcpy(q + 56, p + 56, 1)
            memcpy(q + 57, p + 57, 1)
            memcpy(q + 58, p + 58, 1)
            memcpy(q + 59, p + 59, 1)
            t_i = sbe_i64le(p + 60)
            sbe_put_f64(q + 60, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            memcpy(q + 68, p + 68, 8)
            memcpy(q + 76, p + 76, 8)
            t_i = sbe_i64le(p + 84)
            sbe_put_f64(q + 84, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
            memcpy(q + 92, p + 92, 8)
            memcpy(q + 100, p + 100, 4)
            memcpy(q + 104, p + 104, 1)
            memcpy(q + 105, p + 105, 1)
            memcpy(q + 106, p + 106, 1)
            t_i = sbe_i64le(p + 107)
            sbe_put_f64(q + 107, sbe_apply_i64(t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
            memcpy(q + 115, p + 115, 1)
            t_i = sbe_i64le(p + 116)
            sbe_put_f64(q + 116, sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            if ver >= 1:
                memcpy(q + 124, p + 124, 1)
            if ver >= 1:
                memcpy(q + 125, p + 125, 1)
            if ver >= 1:
                memcpy(q + 126, p + 126, 1)
            if ver >= 1:
                t_i = sbe_i64le(p + 127)
                sbe_put_f64(q + 127, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 159
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 8)
            memcpy(q + 24, p + 24, 8)
            memcpy(q + 32, p + 32, 8)
            memcpy(q + 40, p + 40, 8)
            memcpy(q + 48, p + 48, 8)
            memcpy(q + 56, p + 56, 1)
            memcpy(q + 57, p + 57, 1)
            memcpy(q + 58, p + 58, 1)
            memcpy(q + 59, p + 59, 1)
            memcpy(q + 60, p + 60, 8)
            memcpy(q + 68, p + 68, 8)
            memcpy(q + 76, p + 76, 8)
            memcpy(q + 84, p + 84, 8)
            memcpy(q + 92, p + 92, 8)
            memcpy(q + 100, p + 100, 4)
            memcpy(q + 104, p + 104, 1)
            memcpy(q + 105, p + 105, 1)
            memcpy(q + 106, p + 106, 1)
            memcpy(q + 107, p + 107, 8)
            memcpy(q + 115, p + 115, 1)
            memcpy(q + 116, p + 116, 8)
            if ver >= 1:
                memcpy(q + 124, p + 124, 1)
            if ver >= 1:
                memcpy(q + 125, p + 125, 1)
            if ver >= 1:
                memcpy(q + 126, p + 126, 1)
            if ver >= 1:
                memcpy(q + 127, p + 127, 8)
    if ver < 1:
        fill_absent(_GS_CancelOrderListResponse__orderReports, out, st.dec, ver)
    return out

cdef object _g_CancelOrderListResponse__orderReports(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group orderReports: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('orderReports', "dimension of group 'orderReports'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orderReports', n, 65535, bl + 3, pos, end - pos)
    if bl < (135 if ver >= 1 else 124):
        raise_short_block('group orderReports', _BF_CancelOrderListResponse__orderReports, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orderReports'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_origClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'origClientOrderId')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T116)
                e['symbol'] = v_symbol
                e['origClientOrderId'] = v_origClientOrderId
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                v_orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
                v_transactTime = sbe_i64le(p + 16)
                v_price = mant_i64(sbe_i64le(p + 24), 0, 0, x0_priceExponent, st.dec)
                v_origQty = mant_i64(sbe_i64le(p + 32), 0, 0, x0_qtyExponent, st.dec)
                v_executedQty = mant_i64(sbe_i64le(p + 40), 0, 0, x0_qtyExponent, st.dec)
                v_cummulativeQuoteQty = mant_i64(sbe_i64le(p + 48), 0, 0, x0_priceExponent, st.dec)
                t_u = sbe_u8(p + 56)
                v_status = _E_orderStatus[t_u]
                t_u = sbe_u8(p + 57)
                v_timeInForce = _E_timeInForce[t_u]
                t_u = sbe_u8(p + 58)
                v_orderType = _E_orderType[t_u]
                t_u = sbe_u8(p + 59)
                v_side = _E_orderSide[t_u]
                v_stopPrice = mant_i64(sbe_i64le(p + 60), 1, INT64_MIN, x0_priceExponent, st.dec)
                v_trailingDelta = opt_i64(sbe_i64le(p + 68), INT64_MIN)
                v_trailingTime = opt_i64(sbe_i64le(p + 76), INT64_MIN)
                v_icebergQty = mant_i64(sbe_i64le(p + 84), 1, INT64_MIN, x0_qtyExponent, st.dec)
                v_strategyId = opt_i64(sbe_i64le(p + 92), INT64_MIN)
                v_strategyType = opt_i64(sbe_i32le(p + 100), -2147483648)
                t_u = sbe_u8(p + 104)
                v_orderCapacity = _E_orderCapacity[t_u]
                t_u = sbe_u8(p + 105)
                v_workingFloor = _E_floor[t_u]
                t_u = sbe_u8(p + 106)
                v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
                v_preventedQuantity = mant_i64(sbe_i64le(p + 107), 0, 0, x0_qtyExponent, st.dec)
                t_u = sbe_u8(p + 115)
                v_usedSor = _E_boolEnum[t_u]
                v_origQuoteOrderQty = mant_i64(sbe_i64le(p + 116), 0, 0, x0_priceExponent, st.dec)
                if ver >= 1:
                    t_u = sbe_u8(p + 124)
                    v_pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
                else:
                    v_pegPriceType = None
                if ver >= 1:
                    t_u = sbe_u8(p + 125)
                    v_pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
                else:
                    v_pegOffsetType = None
                if ver >= 1:
                    v_pegOffsetValue = opt_i64(sbe_u8(p + 126), 255)
                else:
                    v_pegOffsetValue = None
                if ver >= 1:
                    v_peggedPrice = mant_i64(sbe_i64le(p + 127), 1, INT64_MIN, x0_priceExponent, st.dec)
                else:
                    v_peggedPrice = None
                e = PyDict_Copy(_T117)
                e['orderId'] = v_orderId
                e['orderListId'] = v_orderListId
                e['transactTime'] = v_transactTime
                e['price'] = v_price
                e['origQty'] = v_origQty
                e['executedQty'] = v_executedQty
                e['cummulativeQuoteQty'] = v_cummulativeQuoteQty
                e['status'] = v_status
                e['timeInForce'] = v_timeInForce
                e['orderType'] = v_orderType
                e['side'] = v_side
                e['stopPrice'] = v_stopPrice
                e['trailingDelta'] = v_trailingDelta
                e['trailingTime'] = v_trailingTime
                e['icebergQty'] = v_icebergQty
                e['strategyId'] = v_strategyId
                e['strategyType'] = v_strategyType
                e['orderCapacity'] = v_orderCapacity
                e['workingFloor'] = v_workingFloor
                e['selfTradePreventionMode'] = v_selfTradePreventionMode
                e['preventedQuantity'] = v_preventedQuantity
                e['usedSor'] = v_usedSor
                e['origQuoteOrderQty'] = v_origQuoteOrderQty
                e['pegPriceType'] = v_pegPriceType
                e['pegOffsetType'] = v_pegOffsetType
                e['pegOffsetValue'] = v_pegOffsetValue
                e['peggedPrice'] = v_peggedPrice
                e['symbol'] = v_symbol
                e['origClientOrderId'] = v_origClientOrderId
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orderReports')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_CancelOrderListResponse__orderReports, _nf_CancelOrderListResponse__orderReports(st, <const uint8_t *>fx, bl, n, ver, x0_priceExponent, x0_qtyExponent), rows)
        return mixed_group_numpy(st, _GS_CancelOrderListResponse__orderReports, fixed, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ), rows)
    return rows

cdef class CancelOrderListResponse(Record):
    """Record of message CancelOrderListResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_CancelOrderListResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """CancelOrderListResponse as a CancelOrderListResponse record; ``pos`` is the start of the root block."""
    cdef CancelOrderListResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of CancelOrderListResponse', pos, bl, end - pos)
    if bl < 21:
        raise_short_block('CancelOrderListResponse', _BF_CancelOrderListResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 19)
    x0_qtyExponent = sbe_i8(p + 20)
    r = CancelOrderListResponse.__new__(CancelOrderListResponse)
    r._dec = st.dec
    r.orderListId = sbe_i64le(p)
    t_u = sbe_u8(p + 8)
    r.contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 9)
    r.listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 10)
    r.listOrderStatus = _E_listOrderStatus[t_u]
    r.transactionTime = sbe_i64le(p + 11)
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    pos += bl
    r.orders = _gr_CancelOrderListResponse__orders(st, &pos, end, ver) if st.grp == GRP_LIST else _g_CancelOrderListResponse__orders(st, &pos, end, ver)
    r.orderReports = _gr_CancelOrderListResponse__orderReports(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_CancelOrderListResponse__orderReports(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    r.listClientOrderId = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef class CancelOrderListResponse_orders(Record):
    """Record of entry of group orders; ``to_dict()`` gives the dict form."""


cdef list _gr_CancelOrderListResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders as a list of CancelOrderListResponse_orders records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef CancelOrderListResponse_orders e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_CancelOrderListResponse__orders, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            e = CancelOrderListResponse_orders.__new__(CancelOrderListResponse_orders)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    return rows

cdef class CancelOrderListResponse_orderReports(Record):
    """Record of entry of group orderReports; ``to_dict()`` gives the dict form."""


cdef list _gr_CancelOrderListResponse__orderReports(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group orderReports as a list of CancelOrderListResponse_orderReports records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef CancelOrderListResponse_orderReports e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('orderReports', "dimension of group 'orderReports'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orderReports', n, 65535, bl + 3, pos, end - pos)
    if bl < (135 if ver >= 1 else 124):
        raise_short_block('group orderReports', _BF_CancelOrderListResponse__orderReports, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orderReports'", pos, bl, end - pos)
            p = st.buf + pos
            e = CancelOrderListResponse_orderReports.__new__(CancelOrderListResponse_orderReports)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            e.orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
            e.transactTime = sbe_i64le(p + 16)
            e.c_price = sbe_i64le(p + 24)
            e.e_price = x0_priceExponent
            e.c_origQty = sbe_i64le(p + 32)
            e.e_origQty = x0_qtyExponent
            e.c_executedQty = sbe_i64le(p + 40)
            e.e_executedQty = x0_qtyExponent
            e.c_cummulativeQuoteQty = sbe_i64le(p + 48)
            e.e_cummulativeQuoteQty = x0_priceExponent
            t_u = sbe_u8(p + 56)
            e.status = _E_orderStatus[t_u]
            t_u = sbe_u8(p + 57)
            e.timeInForce = _E_timeInForce[t_u]
            t_u = sbe_u8(p + 58)
            e.orderType = _E_orderType[t_u]
            t_u = sbe_u8(p + 59)
            e.side = _E_orderSide[t_u]
            e.c_stopPrice = sbe_i64le(p + 60)
            e.e_stopPrice = x0_priceExponent
            e.trailingDelta = opt_i64(sbe_i64le(p + 68), INT64_MIN)
            e.trailingTime = opt_i64(sbe_i64le(p + 76), INT64_MIN)
            e.c_icebergQty = sbe_i64le(p + 84)
            e.e_icebergQty = x0_qtyExponent
            e.strategyId = opt_i64(sbe_i64le(p + 92), INT64_MIN)
            e.strategyType = opt_i64(sbe_i32le(p + 100), -2147483648)
            t_u = sbe_u8(p + 104)
            e.orderCapacity = _E_orderCapacity[t_u]
            t_u = sbe_u8(p + 105)
            e.workingFloor = _E_floor[t_u]
            t_u = sbe_u8(p + 106)
            e.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
            e.c_preventedQuantity = sbe_i64le(p + 107)
            e.e_preventedQuantity = x0_qtyExponent
            t_u = sbe_u8(p + 115)
            e.usedSor = _E_boolEnum[t_u]
            e.c_origQuoteOrderQty = sbe_i64le(p + 116)
            e.e_origQuoteOrderQty = x0_priceExponent
            if ver >= 1:
                t_u = sbe_u8(p + 124)
                e.pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
            else:
                e.pegPriceType = None
            if ver >= 1:
                t_u = sbe_u8(p + 125)
                e.pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
            else:
                e.pegOffsetType = None
            if ver >= 1:
                e.pegOffsetValue = opt_i64(sbe_u8(p + 126), 255)
            else:
                e.pegOffsetValue = None
            if ver >= 1:
                e.peggedPrice = mant_i64(sbe_i64le(p + 127), 1, INT64_MIN, x0_priceExponent, st.dec)
            else:
                e.peggedPrice = None
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'origClientOrderId')
            e.origClientOrderId = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orderReports')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_OrderListResponse = (('orderListId', 8, 0), ('contingencyType', 9, 0), ('listStatusType', 10, 0), ('listOrderStatus', 11, 0), ('transactionTime', 19, 0))
cdef dict _m_OrderListResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderListResponse (template 313); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OrderListResponse', pos, bl, end - pos)
    if bl < 19:
        raise_short_block('OrderListResponse', _BF_OrderListResponse, ver, bl, pos)
    p = st.buf + pos
    v_orderListId = sbe_i64le(p)
    t_u = sbe_u8(p + 8)
    v_contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 9)
    v_listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 10)
    v_listOrderStatus = _E_listOrderStatus[t_u]
    v_transactionTime = sbe_i64le(p + 11)
    pos += bl
    v_orders = _g_OrderListResponse__orders(st, &pos, end, ver)
    v_listClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    d = PyDict_Copy(_T118)
    d['$message'] = 'OrderListResponse'
    d['orderListId'] = v_orderListId
    d['contingencyType'] = v_contingencyType
    d['listStatusType'] = v_listStatusType
    d['listOrderStatus'] = v_listOrderStatus
    d['transactionTime'] = v_transactionTime
    d['orders'] = v_orders
    d['listClientOrderId'] = v_listClientOrderId
    d['symbol'] = v_symbol
    st.stop = pos
    return d

cdef tuple _BF_OrderListResponse__orders = (('orderId', 8, 0),)
cdef GroupSpec _GS_OrderListResponse__orders
cdef object _nf_OrderListResponse__orders(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group orders as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_OrderListResponse__orders, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    return out

cdef object _g_OrderListResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_OrderListResponse__orders, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                e = PyDict_Copy(_T110)
                e['orderId'] = v_orderId
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_OrderListResponse__orders, _nf_OrderListResponse__orders(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_OrderListResponse__orders, fixed, bl, n, ver, (), rows)
    return rows

cdef class OrderListResponse(Record):
    """Record of message OrderListResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_OrderListResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderListResponse as a OrderListResponse record; ``pos`` is the start of the root block."""
    cdef OrderListResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OrderListResponse', pos, bl, end - pos)
    if bl < 19:
        raise_short_block('OrderListResponse', _BF_OrderListResponse, ver, bl, pos)
    p = st.buf + pos
    r = OrderListResponse.__new__(OrderListResponse)
    r._dec = st.dec
    r.orderListId = sbe_i64le(p)
    t_u = sbe_u8(p + 8)
    r.contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 9)
    r.listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 10)
    r.listOrderStatus = _E_listOrderStatus[t_u]
    r.transactionTime = sbe_i64le(p + 11)
    pos += bl
    r.orders = _gr_OrderListResponse__orders(st, &pos, end, ver) if st.grp == GRP_LIST else _g_OrderListResponse__orders(st, &pos, end, ver)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    r.listClientOrderId = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    st.stop = pos
    return r

cdef class OrderListResponse_orders(Record):
    """Record of entry of group orders; ``to_dict()`` gives the dict form."""


cdef list _gr_OrderListResponse__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders as a list of OrderListResponse_orders records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef OrderListResponse_orders e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_OrderListResponse__orders, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            e = OrderListResponse_orders.__new__(OrderListResponse_orders)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_OrderListsResponse = ()
cdef dict _m_OrderListsResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderListsResponse (template 314); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OrderListsResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('OrderListsResponse', _BF_OrderListsResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_orderLists = _g_OrderListsResponse__orderLists(st, &pos, end, ver)
    d = PyDict_Copy(_T119)
    d['$message'] = 'OrderListsResponse'
    d['orderLists'] = v_orderLists
    st.stop = pos
    return d

cdef tuple _BF_OrderListsResponse__orderLists = (('orderListId', 8, 0), ('contingencyType', 9, 0), ('listStatusType', 10, 0), ('listOrderStatus', 11, 0), ('transactionTime', 19, 0))
cdef GroupSpec _GS_OrderListsResponse__orderLists
cdef object _nf_OrderListsResponse__orderLists(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group orderLists as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_OrderListsResponse__orderLists, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 43
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 1)
            memcpy(q + 9, p + 9, 1)
            memcpy(q + 10, p + 10, 1)
            memcpy(q + 11, p + 11, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 43
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 1)
            memcpy(q + 9, p + 9, 1)
            memcpy(q + 10, p + 10, 1)
            memcpy(q + 11, p + 11, 8)
    return out

cdef object _g_OrderListsResponse__orderLists(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orderLists: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('orderLists', "dimension of group 'orderLists'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('orderLists', n, 2147483647, bl + 8, pos, end - pos)
    if bl < 19:
        raise_short_block('group orderLists', _BF_OrderListsResponse__orderLists, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orderLists'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_orders = _g_OrderListsResponse__orderLists__orders(st, &pos, end, ver)
            v_listClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T120)
                e['orders'] = v_orders
                e['listClientOrderId'] = v_listClientOrderId
                e['symbol'] = v_symbol
            else:
                v_orderListId = sbe_i64le(p)
                t_u = sbe_u8(p + 8)
                v_contingencyType = _E_contingencyType[t_u]
                t_u = sbe_u8(p + 9)
                v_listStatusType = _E_listStatusType[t_u]
                t_u = sbe_u8(p + 10)
                v_listOrderStatus = _E_listOrderStatus[t_u]
                v_transactionTime = sbe_i64le(p + 11)
                e = PyDict_Copy(_T121)
                e['orderListId'] = v_orderListId
                e['contingencyType'] = v_contingencyType
                e['listStatusType'] = v_listStatusType
                e['listOrderStatus'] = v_listOrderStatus
                e['transactionTime'] = v_transactionTime
                e['orders'] = v_orders
                e['listClientOrderId'] = v_listClientOrderId
                e['symbol'] = v_symbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orderLists')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_OrderListsResponse__orderLists, _nf_OrderListsResponse__orderLists(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_OrderListsResponse__orderLists, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_OrderListsResponse__orderLists__orders = (('orderId', 8, 0),)
cdef GroupSpec _GS_OrderListsResponse__orderLists__orders
cdef object _nf_OrderListsResponse__orderLists__orders(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group orders as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_OrderListsResponse__orderLists__orders, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    return out

cdef object _g_OrderListsResponse__orderLists__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('orders', n, 2147483647, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_OrderListsResponse__orderLists__orders, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                e = PyDict_Copy(_T110)
                e['orderId'] = v_orderId
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_OrderListsResponse__orderLists__orders, _nf_OrderListsResponse__orderLists__orders(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_OrderListsResponse__orderLists__orders, fixed, bl, n, ver, (), rows)
    return rows

cdef class OrderListsResponse(Record):
    """Record of message OrderListsResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_OrderListsResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderListsResponse as a OrderListsResponse record; ``pos`` is the start of the root block."""
    cdef OrderListsResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OrderListsResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('OrderListsResponse', _BF_OrderListsResponse, ver, bl, pos)
    p = st.buf + pos
    r = OrderListsResponse.__new__(OrderListsResponse)
    r._dec = st.dec
    pos += bl
    r.orderLists = _gr_OrderListsResponse__orderLists(st, &pos, end, ver) if st.grp == GRP_LIST else _g_OrderListsResponse__orderLists(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class OrderListsResponse_orderLists(Record):
    """Record of entry of group orderLists; ``to_dict()`` gives the dict form."""


cdef list _gr_OrderListsResponse__orderLists(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orderLists as a list of OrderListsResponse_orderLists records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef OrderListsResponse_orderLists e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('orderLists', "dimension of group 'orderLists'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('orderLists', n, 2147483647, bl + 8, pos, end - pos)
    if bl < 19:
        raise_short_block('group orderLists', _BF_OrderListsResponse__orderLists, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orderLists'", pos, bl, end - pos)
            p = st.buf + pos
            e = OrderListsResponse_orderLists.__new__(OrderListsResponse_orderLists)
            e._dec = st.dec
            e.orderListId = sbe_i64le(p)
            t_u = sbe_u8(p + 8)
            e.contingencyType = _E_contingencyType[t_u]
            t_u = sbe_u8(p + 9)
            e.listStatusType = _E_listStatusType[t_u]
            t_u = sbe_u8(p + 10)
            e.listOrderStatus = _E_listOrderStatus[t_u]
            e.transactionTime = sbe_i64le(p + 11)
            pos += bl
            e.orders = _gr_OrderListsResponse__orderLists__orders(st, &pos, end, ver) if st.grp == GRP_LIST else _g_OrderListsResponse__orderLists__orders(st, &pos, end, ver)
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
            e.listClientOrderId = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orderLists')
        raise
    ppos[0] = pos
    return rows

cdef class OrderListsResponse_orderLists_orders(Record):
    """Record of entry of group orders; ``to_dict()`` gives the dict form."""


cdef list _gr_OrderListsResponse__orderLists__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders as a list of OrderListsResponse_orderLists_orders records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef OrderListsResponse_orderLists_orders e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('orders', n, 2147483647, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_OrderListsResponse__orderLists__orders, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            e = OrderListsResponse_orderLists_orders.__new__(OrderListsResponse_orderLists_orders)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_OrderTestWithCommissionsResponse = (('commissionExponent', 1, 0), ('discountExponent', 2, 0), ('standardCommissionForOrderMaker', 10, 0), ('standardCommissionForOrderTaker', 18, 0), ('taxCommissionForOrderMaker', 26, 0), ('taxCommissionForOrderTaker', 34, 0), ('discountEnabledForAccount', 35, 0), ('discountEnabledForSymbol', 36, 0), ('discount', 44, 0), ('specialCommissionForOrderMaker', 52, 1), ('specialCommissionForOrderTaker', 60, 1))
cdef dict _m_OrderTestWithCommissionsResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderTestWithCommissionsResponse (template 315); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_commissionExponent = EXP_NONE
    cdef int x0_discountExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of OrderTestWithCommissionsResponse', pos, bl, end - pos)
    if bl < (60 if ver >= 1 else 44):
        raise_short_block('OrderTestWithCommissionsResponse', _BF_OrderTestWithCommissionsResponse, ver, bl, pos)
    p = st.buf + pos
    x0_commissionExponent = sbe_i8(p)
    x0_discountExponent = sbe_i8(p + 1)
    v_commissionExponent = None if x0_commissionExponent == EXP_NONE else x0_commissionExponent
    v_discountExponent = None if x0_discountExponent == EXP_NONE else x0_discountExponent
    v_standardCommissionForOrderMaker = mant_i64(sbe_i64le(p + 2), 0, 0, x0_commissionExponent, st.dec)
    v_standardCommissionForOrderTaker = mant_i64(sbe_i64le(p + 10), 0, 0, x0_commissionExponent, st.dec)
    v_taxCommissionForOrderMaker = mant_i64(sbe_i64le(p + 18), 0, 0, x0_commissionExponent, st.dec)
    v_taxCommissionForOrderTaker = mant_i64(sbe_i64le(p + 26), 0, 0, x0_commissionExponent, st.dec)
    t_u = sbe_u8(p + 34)
    v_discountEnabledForAccount = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 35)
    v_discountEnabledForSymbol = _E_boolEnum[t_u]
    v_discount = mant_i64(sbe_i64le(p + 36), 0, 0, x0_discountExponent, st.dec)
    if ver >= 1:
        v_specialCommissionForOrderMaker = mant_i64(sbe_i64le(p + 44), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        v_specialCommissionForOrderMaker = None
    if ver >= 1:
        v_specialCommissionForOrderTaker = mant_i64(sbe_i64le(p + 52), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        v_specialCommissionForOrderTaker = None
    pos += bl
    v_discountAsset = var_text(st, &pos, end, 1, 0, 255, 1, 'discountAsset')
    d = PyDict_Copy(_T122 if st.dec == DEC_RAW else _T123)
    d['$message'] = 'OrderTestWithCommissionsResponse'
    if st.dec == DEC_RAW:
        d['commissionExponent'] = v_commissionExponent
        d['discountExponent'] = v_discountExponent
    d['standardCommissionForOrderMaker'] = v_standardCommissionForOrderMaker
    d['standardCommissionForOrderTaker'] = v_standardCommissionForOrderTaker
    d['taxCommissionForOrderMaker'] = v_taxCommissionForOrderMaker
    d['taxCommissionForOrderTaker'] = v_taxCommissionForOrderTaker
    d['discountEnabledForAccount'] = v_discountEnabledForAccount
    d['discountEnabledForSymbol'] = v_discountEnabledForSymbol
    d['discount'] = v_discount
    d['specialCommissionForOrderMaker'] = v_specialCommissionForOrderMaker
    d['specialCommissionForOrderTaker'] = v_specialCommissionForOrderTaker
    d['discountAsset'] = v_discountAsset
    st.stop = pos
    return d

cdef class OrderTestWithCommissionsResponse(Record):
    """Record of message OrderTestWithCommissionsResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_OrderTestWithCommissionsResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderTestWithCommissionsResponse as a OrderTestWithCommissionsResponse record; ``pos`` is the start of the root block."""
    cdef OrderTestWithCommissionsResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_commissionExponent = EXP_NONE
    cdef int x0_discountExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of OrderTestWithCommissionsResponse', pos, bl, end - pos)
    if bl < (60 if ver >= 1 else 44):
        raise_short_block('OrderTestWithCommissionsResponse', _BF_OrderTestWithCommissionsResponse, ver, bl, pos)
    p = st.buf + pos
    x0_commissionExponent = sbe_i8(p)
    x0_discountExponent = sbe_i8(p + 1)
    r = OrderTestWithCommissionsResponse.__new__(OrderTestWithCommissionsResponse)
    r._dec = st.dec
    r.c_commissionExponent = x0_commissionExponent
    r.c_discountExponent = x0_discountExponent
    r.c_standardCommissionForOrderMaker = sbe_i64le(p + 2)
    r.e_standardCommissionForOrderMaker = x0_commissionExponent
    r.c_standardCommissionForOrderTaker = sbe_i64le(p + 10)
    r.e_standardCommissionForOrderTaker = x0_commissionExponent
    r.c_taxCommissionForOrderMaker = sbe_i64le(p + 18)
    r.e_taxCommissionForOrderMaker = x0_commissionExponent
    r.c_taxCommissionForOrderTaker = sbe_i64le(p + 26)
    r.e_taxCommissionForOrderTaker = x0_commissionExponent
    t_u = sbe_u8(p + 34)
    r.discountEnabledForAccount = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 35)
    r.discountEnabledForSymbol = _E_boolEnum[t_u]
    r.c_discount = sbe_i64le(p + 36)
    r.e_discount = x0_discountExponent
    if ver >= 1:
        r.specialCommissionForOrderMaker = mant_i64(sbe_i64le(p + 44), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        r.specialCommissionForOrderMaker = None
    if ver >= 1:
        r.specialCommissionForOrderTaker = mant_i64(sbe_i64le(p + 52), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        r.specialCommissionForOrderTaker = None
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'discountAsset')
    r.discountAsset = v_
    st.stop = pos
    return r

cdef tuple _BF_OrderAmendmentsResponse = ()
cdef dict _m_OrderAmendmentsResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderAmendmentsResponse (template 316); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OrderAmendmentsResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('OrderAmendmentsResponse', _BF_OrderAmendmentsResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_amendments = _g_OrderAmendmentsResponse__amendments(st, &pos, end, ver)
    d = PyDict_Copy(_T124)
    d['$message'] = 'OrderAmendmentsResponse'
    d['amendments'] = v_amendments
    st.stop = pos
    return d

cdef tuple _BF_OrderAmendmentsResponse__amendments = (('orderId', 8, 0), ('executionId', 16, 0), ('qtyExponent', 17, 0), ('origQty', 25, 0), ('newQty', 33, 0), ('time', 41, 0))
cdef GroupSpec _GS_OrderAmendmentsResponse__amendments
cdef object _nf_OrderAmendmentsResponse__amendments(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group amendments as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_qtyExponent
    out = new_rows(_GS_OrderAmendmentsResponse__amendments, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 64
            l_qtyExponent = sbe_i8(p + 16)
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            t_i = sbe_i64le(p + 17)
            sbe_put_f64(q + 16, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            t_i = sbe_i64le(p + 25)
            sbe_put_f64(q + 24, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            memcpy(q + 32, p + 33, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 65
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 1)
            memcpy(q + 17, p + 17, 8)
            memcpy(q + 25, p + 25, 8)
            memcpy(q + 33, p + 33, 8)
    return out

cdef object _g_OrderAmendmentsResponse__amendments(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group amendments: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_qtyExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('amendments', "dimension of group 'amendments'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('amendments', n, 2147483647, bl + 3, pos, end - pos)
    if bl < 41:
        raise_short_block('group amendments', _BF_OrderAmendmentsResponse__amendments, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'amendments'", pos, bl, end - pos)
            p = st.buf + pos
            x1_qtyExponent = sbe_i8(p + 16)
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_origClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'origClientOrderId')
            v_newClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'newClientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T125)
                e['symbol'] = v_symbol
                e['origClientOrderId'] = v_origClientOrderId
                e['newClientOrderId'] = v_newClientOrderId
            else:
                v_orderId = sbe_i64le(p)
                v_executionId = sbe_i64le(p + 8)
                v_qtyExponent = None if x1_qtyExponent == EXP_NONE else x1_qtyExponent
                v_origQty = mant_i64(sbe_i64le(p + 17), 0, 0, x1_qtyExponent, st.dec)
                v_newQty = mant_i64(sbe_i64le(p + 25), 0, 0, x1_qtyExponent, st.dec)
                v_time = sbe_i64le(p + 33)
                e = PyDict_Copy(_T126 if st.dec == DEC_RAW else _T127)
                e['orderId'] = v_orderId
                e['executionId'] = v_executionId
                if st.dec == DEC_RAW:
                    e['qtyExponent'] = v_qtyExponent
                e['origQty'] = v_origQty
                e['newQty'] = v_newQty
                e['time'] = v_time
                e['symbol'] = v_symbol
                e['origClientOrderId'] = v_origClientOrderId
                e['newClientOrderId'] = v_newClientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('amendments')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_OrderAmendmentsResponse__amendments, _nf_OrderAmendmentsResponse__amendments(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_OrderAmendmentsResponse__amendments, fixed, bl, n, ver, (), rows)
    return rows

cdef class OrderAmendmentsResponse(Record):
    """Record of message OrderAmendmentsResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_OrderAmendmentsResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderAmendmentsResponse as a OrderAmendmentsResponse record; ``pos`` is the start of the root block."""
    cdef OrderAmendmentsResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OrderAmendmentsResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('OrderAmendmentsResponse', _BF_OrderAmendmentsResponse, ver, bl, pos)
    p = st.buf + pos
    r = OrderAmendmentsResponse.__new__(OrderAmendmentsResponse)
    r._dec = st.dec
    pos += bl
    r.amendments = _gr_OrderAmendmentsResponse__amendments(st, &pos, end, ver) if st.grp == GRP_LIST else _g_OrderAmendmentsResponse__amendments(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class OrderAmendmentsResponse_amendments(Record):
    """Record of entry of group amendments; ``to_dict()`` gives the dict form."""


cdef list _gr_OrderAmendmentsResponse__amendments(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group amendments as a list of OrderAmendmentsResponse_amendments records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_qtyExponent = EXP_NONE
    cdef OrderAmendmentsResponse_amendments e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('amendments', "dimension of group 'amendments'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('amendments', n, 2147483647, bl + 3, pos, end - pos)
    if bl < 41:
        raise_short_block('group amendments', _BF_OrderAmendmentsResponse__amendments, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'amendments'", pos, bl, end - pos)
            p = st.buf + pos
            x1_qtyExponent = sbe_i8(p + 16)
            e = OrderAmendmentsResponse_amendments.__new__(OrderAmendmentsResponse_amendments)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            e.executionId = sbe_i64le(p + 8)
            e.c_qtyExponent = x1_qtyExponent
            e.c_origQty = sbe_i64le(p + 17)
            e.e_origQty = x1_qtyExponent
            e.c_newQty = sbe_i64le(p + 25)
            e.e_newQty = x1_qtyExponent
            e.time = sbe_i64le(p + 33)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'origClientOrderId')
            e.origClientOrderId = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'newClientOrderId')
            e.newClientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('amendments')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_OrderAmendKeepPriorityResponse = (('transactTime', 8, 0), ('executionId', 16, 0), ('priceExponent', 17, 0), ('qtyExponent', 18, 0), ('orderId', 26, 0), ('orderListId', 34, 0), ('price', 42, 0), ('qty', 50, 0), ('executedQty', 58, 0), ('preventedQty', 66, 0), ('cumulativeQuoteQty', 74, 0), ('status', 75, 0), ('timeInForce', 76, 0), ('orderType', 77, 0), ('side', 78, 0), ('stopPrice', 86, 0), ('trailingDelta', 94, 0), ('trailingTime', 102, 0), ('icebergQty', 110, 0), ('workingTime', 118, 0), ('strategyId', 126, 0), ('strategyType', 130, 0), ('orderCapacity', 131, 0), ('workingFloor', 132, 0), ('selfTradePreventionMode', 133, 0), ('usedSor', 134, 0), ('pegPriceType', 135, 1), ('pegOffsetType', 136, 1), ('pegOffsetValue', 137, 1), ('peggedPrice', 145, 1))
cdef dict _m_OrderAmendKeepPriorityResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderAmendKeepPriorityResponse (template 317); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of OrderAmendKeepPriorityResponse', pos, bl, end - pos)
    if bl < (145 if ver >= 1 else 134):
        raise_short_block('OrderAmendKeepPriorityResponse', _BF_OrderAmendKeepPriorityResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    v_transactTime = sbe_i64le(p)
    v_executionId = sbe_i64le(p + 8)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_orderId = sbe_i64le(p + 18)
    v_orderListId = opt_i64(sbe_i64le(p + 26), INT64_MIN)
    v_price = mant_i64(sbe_i64le(p + 34), 0, 0, x0_priceExponent, st.dec)
    v_qty = mant_i64(sbe_i64le(p + 42), 0, 0, x0_qtyExponent, st.dec)
    v_executedQty = mant_i64(sbe_i64le(p + 50), 0, 0, x0_qtyExponent, st.dec)
    v_preventedQty = mant_i64(sbe_i64le(p + 58), 0, 0, x0_qtyExponent, st.dec)
    v_cumulativeQuoteQty = mant_i64(sbe_i64le(p + 66), 0, 0, x0_priceExponent, st.dec)
    t_u = sbe_u8(p + 74)
    v_status = _E_orderStatus[t_u]
    t_u = sbe_u8(p + 75)
    v_timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 76)
    v_orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 77)
    v_side = _E_orderSide[t_u]
    v_stopPrice = mant_i64(sbe_i64le(p + 78), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_trailingDelta = opt_i64(sbe_i64le(p + 86), INT64_MIN)
    v_trailingTime = opt_i64(sbe_i64le(p + 94), INT64_MIN)
    v_icebergQty = mant_i64(sbe_i64le(p + 102), 1, INT64_MIN, x0_qtyExponent, st.dec)
    v_workingTime = opt_i64(sbe_i64le(p + 110), INT64_MIN)
    v_strategyId = opt_i64(sbe_i64le(p + 118), INT64_MIN)
    v_strategyType = opt_i64(sbe_i32le(p + 126), -2147483648)
    t_u = sbe_u8(p + 130)
    v_orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 131)
    v_workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 132)
    v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    t_u = sbe_u8(p + 133)
    v_usedSor = _E_boolEnum[t_u]
    if ver >= 1:
        t_u = sbe_u8(p + 134)
        v_pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        v_pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 135)
        v_pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        v_pegOffsetType = None
    if ver >= 1:
        v_pegOffsetValue = opt_i64(sbe_u8(p + 136), 255)
    else:
        v_pegOffsetValue = None
    if ver >= 1:
        v_peggedPrice = mant_i64(sbe_i64le(p + 137), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        v_peggedPrice = None
    pos += bl
    v_listStatus = _g_OrderAmendKeepPriorityResponse__listStatus(st, &pos, end, ver)
    v_relatedOrders = _g_OrderAmendKeepPriorityResponse__relatedOrders(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    v_origClientOrderId = var_text(st, &pos, end, 1, 0, 255, 1, 'origClientOrderId')
    v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 1, 'clientOrderId')
    d = PyDict_Copy(_T128 if st.dec == DEC_RAW else _T129)
    d['$message'] = 'OrderAmendKeepPriorityResponse'
    d['transactTime'] = v_transactTime
    d['executionId'] = v_executionId
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
    d['orderId'] = v_orderId
    d['orderListId'] = v_orderListId
    d['price'] = v_price
    d['qty'] = v_qty
    d['executedQty'] = v_executedQty
    d['preventedQty'] = v_preventedQty
    d['cumulativeQuoteQty'] = v_cumulativeQuoteQty
    d['status'] = v_status
    d['timeInForce'] = v_timeInForce
    d['orderType'] = v_orderType
    d['side'] = v_side
    d['stopPrice'] = v_stopPrice
    d['trailingDelta'] = v_trailingDelta
    d['trailingTime'] = v_trailingTime
    d['icebergQty'] = v_icebergQty
    d['workingTime'] = v_workingTime
    d['strategyId'] = v_strategyId
    d['strategyType'] = v_strategyType
    d['orderCapacity'] = v_orderCapacity
    d['workingFloor'] = v_workingFloor
    d['selfTradePreventionMode'] = v_selfTradePreventionMode
    d['usedSor'] = v_usedSor
    d['pegPriceType'] = v_pegPriceType
    d['pegOffsetType'] = v_pegOffsetType
    d['pegOffsetValue'] = v_pegOffsetValue
    d['peggedPrice'] = v_peggedPrice
    d['listStatus'] = v_listStatus
    d['relatedOrders'] = v_relatedOrders
    d['symbol'] = v_symbol
    d['origClientOrderId'] = v_origClientOrderId
    d['clientOrderId'] = v_clientOrderId
    st.stop = pos
    return d

cdef tuple _BF_OrderAmendKeepPriorityResponse__listStatus = (('orderListId', 8, 0), ('contingencyType', 9, 0), ('listOrderStatus', 10, 0))
cdef GroupSpec _GS_OrderAmendKeepPriorityResponse__listStatus
cdef object _nf_OrderAmendKeepPriorityResponse__listStatus(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group listStatus as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_OrderAmendKeepPriorityResponse__listStatus, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 34
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 1)
            memcpy(q + 9, p + 9, 1)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 34
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 1)
            memcpy(q + 9, p + 9, 1)
    return out

cdef object _g_OrderAmendKeepPriorityResponse__listStatus(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group listStatus: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('listStatus', "dimension of group 'listStatus'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('listStatus', n, 65535, bl + 6, pos, end - pos)
    if bl < 10:
        raise_short_block('group listStatus', _BF_OrderAmendKeepPriorityResponse__listStatus, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'listStatus'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_orders = _g_OrderAmendKeepPriorityResponse__listStatus__orders(st, &pos, end, ver)
            v_listClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T120)
                e['orders'] = v_orders
                e['listClientOrderId'] = v_listClientOrderId
                e['symbol'] = v_symbol
            else:
                v_orderListId = sbe_i64le(p)
                t_u = sbe_u8(p + 8)
                v_contingencyType = _E_contingencyType[t_u]
                t_u = sbe_u8(p + 9)
                v_listOrderStatus = _E_listOrderStatus[t_u]
                e = PyDict_Copy(_T130)
                e['orderListId'] = v_orderListId
                e['contingencyType'] = v_contingencyType
                e['listOrderStatus'] = v_listOrderStatus
                e['orders'] = v_orders
                e['listClientOrderId'] = v_listClientOrderId
                e['symbol'] = v_symbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('listStatus')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_OrderAmendKeepPriorityResponse__listStatus, _nf_OrderAmendKeepPriorityResponse__listStatus(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_OrderAmendKeepPriorityResponse__listStatus, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_OrderAmendKeepPriorityResponse__listStatus__orders = (('orderId', 8, 0),)
cdef GroupSpec _GS_OrderAmendKeepPriorityResponse__listStatus__orders
cdef object _nf_OrderAmendKeepPriorityResponse__listStatus__orders(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group orders as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_OrderAmendKeepPriorityResponse__listStatus__orders, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    return out

cdef object _g_OrderAmendKeepPriorityResponse__listStatus__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_OrderAmendKeepPriorityResponse__listStatus__orders, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                e = PyDict_Copy(_T110)
                e['orderId'] = v_orderId
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_OrderAmendKeepPriorityResponse__listStatus__orders, _nf_OrderAmendKeepPriorityResponse__listStatus__orders(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_OrderAmendKeepPriorityResponse__listStatus__orders, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_OrderAmendKeepPriorityResponse__relatedOrders = (('orderId', 8, 0), ('orderListId', 16, 0), ('price', 24, 0), ('qty', 32, 0), ('executedQty', 40, 0), ('preventedQty', 48, 0), ('cumulativeQuoteQty', 56, 0), ('status', 57, 0), ('timeInForce', 58, 0), ('orderType', 59, 0), ('side', 60, 0), ('stopPrice', 68, 0), ('trailingDelta', 76, 0), ('trailingTime', 84, 0), ('icebergQty', 92, 0), ('workingTime', 100, 0), ('strategyId', 108, 0), ('strategyType', 112, 0), ('orderCapacity', 113, 0), ('workingFloor', 114, 0), ('selfTradePreventionMode', 115, 0), ('usedSor', 116, 0), ('pegPriceType', 117, 1), ('pegOffsetType', 118, 1), ('pegOffsetValue', 119, 1), ('peggedPrice', 127, 1))
cdef GroupSpec _GS_OrderAmendKeepPriorityResponse__relatedOrders
cdef object _nf_OrderAmendKeepPriorityResponse__relatedOrders(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group relatedOrders as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef double f_x0_priceExponent = sbe_factor(x0_priceExponent)
    cdef int g_x0_priceExponent = x0_priceExponent < 0
    cdef uint64_t k_x0_priceExponent = sbe_fast_limit(x0_priceExponent)
    cdef double f_x0_qtyExponent = sbe_factor(x0_qtyExponent)
    cdef int g_x0_qtyExponent = x0_qtyExponent < 0
    cdef uint64_t k_x0_qtyExponent = sbe_fast_limit(x0_qtyExponent)
    out = new_rows(_GS_OrderAmendKeepPriorityResponse__relatedOrders, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 143
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            t_i = sbe_i64le(p + 16)
            t_j = sbe_i64le(p + 24)
            sbe_put_scaled2(q + 16, q + 24, t_i, t_j, f_x0_priceExponent, f_x0_qtyExponent, g_x0_priceExponent, g_x0_qtyExponent, k_x0_priceExponent, k_x0_qtyExponent, x0_priceExponent, x0_qtyExponent)
            t_i = sbe_i64le(p + 32)
            t_j = sbe_i64le(p + 40)
            sbe_put_scaled2(q + 32, q + 40, t_i, t_j, f_x0_qtyExponent, f_x0_qtyExponent, g_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent, x0_qtyExponent)
            t_i = sbe_i64le(p + 48)
            sbe_put_f64(q + 48, sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            memcpy(q + 56, p + 56, 1)
            memcpy(q + 57, p + 57, 1)
            memcpy(q + 58, p + 58, 1)
            memcpy(q + 59, p + 59, 1)
            t_i = sbe_i64le(p + 60)
            sbe_put_f64(q + 60, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
            memcpy(q + 68, p + 68, 8)
            memcpy(q + 76, p + 76, 8)
            t_i = sbe_i64le(p + 84)
            sbe_put_f64(q + 84, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_qtyExponent, g_x0_qtyExponent, k_x0_qtyExponent, x0_qtyExponent))
            memcpy(q + 92, p + 92, 8)
            memcpy(q + 100, p + 100, 8)
            memcpy(q + 108, p + 108, 4)
            memcpy(q + 112, p + 112, 1)
            memcpy(q + 113, p + 113, 1)
            memcpy(q + 114, p + 114, 1)
            memcpy(q + 115, p + 115, 1)
            if ver >= 1:
                memcpy(q + 116, p + 116, 1)
            if ver >= 1:
                memcpy(q + 117, p + 117, 1)
            if ver >= 1:
                memcpy(q + 118, p + 118, 1)
            if ver >= 1:
                t_i = sbe_i64le(p + 119)
                sbe_put_f64(q + 119, SBE_NAN if t_i == INT64_MIN else sbe_apply_i64(t_i, f_x0_priceExponent, g_x0_priceExponent, k_x0_priceExponent, x0_priceExponent))
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 143
            memcpy(q + 0, p + 0, 8)
            memcpy(q + 8, p + 8, 8)
            memcpy(q + 16, p + 16, 8)
            memcpy(q + 24, p + 24, 8)
            memcpy(q + 32, p + 32, 8)
            memcpy(q + 40, p + 40, 8)
            memcpy(q + 48, p + 48, 8)
            memcpy(q + 56, p + 56, 1)
            memcpy(q + 57, p + 57, 1)
            memcpy(q + 58, p + 58, 1)
            memcpy(q + 59, p + 59, 1)
            memcpy(q + 60, p + 60, 8)
            memcpy(q + 68, p + 68, 8)
            memcpy(q + 76, p + 76, 8)
            memcpy(q + 84, p + 84, 8)
            memcpy(q + 92, p + 92, 8)
            memcpy(q + 100, p + 100, 8)
            memcpy(q + 108, p + 108, 4)
            memcpy(q + 112, p + 112, 1)
            memcpy(q + 113, p + 113, 1)
            memcpy(q + 114, p + 114, 1)
            memcpy(q + 115, p + 115, 1)
            if ver >= 1:
                memcpy(q + 116, p + 116, 1)
            if ver >= 1:
                memcpy(q + 117, p + 117, 1)
            if ver >= 1:
                memcpy(q + 118, p + 118, 1)
            if ver >= 1:
                memcpy(q + 119, p + 119, 8)
    if ver < 1:
        fill_absent(_GS_OrderAmendKeepPriorityResponse__relatedOrders, out, st.dec, ver)
    return out

cdef object _g_OrderAmendKeepPriorityResponse__relatedOrders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group relatedOrders: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('relatedOrders', "dimension of group 'relatedOrders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('relatedOrders', n, 65535, bl + 2, pos, end - pos)
    if bl < (127 if ver >= 1 else 116):
        raise_short_block('group relatedOrders', _BF_OrderAmendKeepPriorityResponse__relatedOrders, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'relatedOrders'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 1, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                v_orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
                v_price = mant_i64(sbe_i64le(p + 16), 0, 0, x0_priceExponent, st.dec)
                v_qty = mant_i64(sbe_i64le(p + 24), 0, 0, x0_qtyExponent, st.dec)
                v_executedQty = mant_i64(sbe_i64le(p + 32), 0, 0, x0_qtyExponent, st.dec)
                v_preventedQty = mant_i64(sbe_i64le(p + 40), 0, 0, x0_qtyExponent, st.dec)
                v_cumulativeQuoteQty = mant_i64(sbe_i64le(p + 48), 0, 0, x0_priceExponent, st.dec)
                t_u = sbe_u8(p + 56)
                v_status = _E_orderStatus[t_u]
                t_u = sbe_u8(p + 57)
                v_timeInForce = _E_timeInForce[t_u]
                t_u = sbe_u8(p + 58)
                v_orderType = _E_orderType[t_u]
                t_u = sbe_u8(p + 59)
                v_side = _E_orderSide[t_u]
                v_stopPrice = mant_i64(sbe_i64le(p + 60), 1, INT64_MIN, x0_priceExponent, st.dec)
                v_trailingDelta = opt_i64(sbe_i64le(p + 68), INT64_MIN)
                v_trailingTime = opt_i64(sbe_i64le(p + 76), INT64_MIN)
                v_icebergQty = mant_i64(sbe_i64le(p + 84), 1, INT64_MIN, x0_qtyExponent, st.dec)
                v_workingTime = opt_i64(sbe_i64le(p + 92), INT64_MIN)
                v_strategyId = opt_i64(sbe_i64le(p + 100), INT64_MIN)
                v_strategyType = opt_i64(sbe_i32le(p + 108), -2147483648)
                t_u = sbe_u8(p + 112)
                v_orderCapacity = _E_orderCapacity[t_u]
                t_u = sbe_u8(p + 113)
                v_workingFloor = _E_floor[t_u]
                t_u = sbe_u8(p + 114)
                v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
                t_u = sbe_u8(p + 115)
                v_usedSor = _E_boolEnum[t_u]
                if ver >= 1:
                    t_u = sbe_u8(p + 116)
                    v_pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
                else:
                    v_pegPriceType = None
                if ver >= 1:
                    t_u = sbe_u8(p + 117)
                    v_pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
                else:
                    v_pegOffsetType = None
                if ver >= 1:
                    v_pegOffsetValue = opt_i64(sbe_u8(p + 118), 255)
                else:
                    v_pegOffsetValue = None
                if ver >= 1:
                    v_peggedPrice = mant_i64(sbe_i64le(p + 119), 1, INT64_MIN, x0_priceExponent, st.dec)
                else:
                    v_peggedPrice = None
                e = PyDict_Copy(_T131)
                e['orderId'] = v_orderId
                e['orderListId'] = v_orderListId
                e['price'] = v_price
                e['qty'] = v_qty
                e['executedQty'] = v_executedQty
                e['preventedQty'] = v_preventedQty
                e['cumulativeQuoteQty'] = v_cumulativeQuoteQty
                e['status'] = v_status
                e['timeInForce'] = v_timeInForce
                e['orderType'] = v_orderType
                e['side'] = v_side
                e['stopPrice'] = v_stopPrice
                e['trailingDelta'] = v_trailingDelta
                e['trailingTime'] = v_trailingTime
                e['icebergQty'] = v_icebergQty
                e['workingTime'] = v_workingTime
                e['strategyId'] = v_strategyId
                e['strategyType'] = v_strategyType
                e['orderCapacity'] = v_orderCapacity
                e['workingFloor'] = v_workingFloor
                e['selfTradePreventionMode'] = v_selfTradePreventionMode
                e['usedSor'] = v_usedSor
                e['pegPriceType'] = v_pegPriceType
                e['pegOffsetType'] = v_pegOffsetType
                e['pegOffsetValue'] = v_pegOffsetValue
                e['peggedPrice'] = v_peggedPrice
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('relatedOrders')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_OrderAmendKeepPriorityResponse__relatedOrders, _nf_OrderAmendKeepPriorityResponse__relatedOrders(st, <const uint8_t *>fx, bl, n, ver, x0_priceExponent, x0_qtyExponent), rows)
        return mixed_group_numpy(st, _GS_OrderAmendKeepPriorityResponse__relatedOrders, fixed, bl, n, ver, (x0_priceExponent, x0_qtyExponent, ), rows)
    return rows

cdef class OrderAmendKeepPriorityResponse(Record):
    """Record of message OrderAmendKeepPriorityResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_OrderAmendKeepPriorityResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OrderAmendKeepPriorityResponse as a OrderAmendKeepPriorityResponse record; ``pos`` is the start of the root block."""
    cdef OrderAmendKeepPriorityResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of OrderAmendKeepPriorityResponse', pos, bl, end - pos)
    if bl < (145 if ver >= 1 else 134):
        raise_short_block('OrderAmendKeepPriorityResponse', _BF_OrderAmendKeepPriorityResponse, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    r = OrderAmendKeepPriorityResponse.__new__(OrderAmendKeepPriorityResponse)
    r._dec = st.dec
    r.transactTime = sbe_i64le(p)
    r.executionId = sbe_i64le(p + 8)
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.orderId = sbe_i64le(p + 18)
    r.orderListId = opt_i64(sbe_i64le(p + 26), INT64_MIN)
    r.c_price = sbe_i64le(p + 34)
    r.e_price = x0_priceExponent
    r.c_qty = sbe_i64le(p + 42)
    r.e_qty = x0_qtyExponent
    r.c_executedQty = sbe_i64le(p + 50)
    r.e_executedQty = x0_qtyExponent
    r.c_preventedQty = sbe_i64le(p + 58)
    r.e_preventedQty = x0_qtyExponent
    r.c_cumulativeQuoteQty = sbe_i64le(p + 66)
    r.e_cumulativeQuoteQty = x0_priceExponent
    t_u = sbe_u8(p + 74)
    r.status = _E_orderStatus[t_u]
    t_u = sbe_u8(p + 75)
    r.timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 76)
    r.orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 77)
    r.side = _E_orderSide[t_u]
    r.c_stopPrice = sbe_i64le(p + 78)
    r.e_stopPrice = x0_priceExponent
    r.trailingDelta = opt_i64(sbe_i64le(p + 86), INT64_MIN)
    r.trailingTime = opt_i64(sbe_i64le(p + 94), INT64_MIN)
    r.c_icebergQty = sbe_i64le(p + 102)
    r.e_icebergQty = x0_qtyExponent
    r.workingTime = opt_i64(sbe_i64le(p + 110), INT64_MIN)
    r.strategyId = opt_i64(sbe_i64le(p + 118), INT64_MIN)
    r.strategyType = opt_i64(sbe_i32le(p + 126), -2147483648)
    t_u = sbe_u8(p + 130)
    r.orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 131)
    r.workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 132)
    r.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    t_u = sbe_u8(p + 133)
    r.usedSor = _E_boolEnum[t_u]
    if ver >= 1:
        t_u = sbe_u8(p + 134)
        r.pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        r.pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 135)
        r.pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        r.pegOffsetType = None
    if ver >= 1:
        r.pegOffsetValue = opt_i64(sbe_u8(p + 136), 255)
    else:
        r.pegOffsetValue = None
    if ver >= 1:
        r.peggedPrice = mant_i64(sbe_i64le(p + 137), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        r.peggedPrice = None
    pos += bl
    r.listStatus = _gr_OrderAmendKeepPriorityResponse__listStatus(st, &pos, end, ver) if st.grp == GRP_LIST else _g_OrderAmendKeepPriorityResponse__listStatus(st, &pos, end, ver)
    r.relatedOrders = _gr_OrderAmendKeepPriorityResponse__relatedOrders(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent) if st.grp == GRP_LIST else _g_OrderAmendKeepPriorityResponse__relatedOrders(st, &pos, end, ver, x0_priceExponent, x0_qtyExponent)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'origClientOrderId')
    r.origClientOrderId = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'clientOrderId')
    r.clientOrderId = v_
    st.stop = pos
    return r

cdef class OrderAmendKeepPriorityResponse_listStatus(Record):
    """Record of entry of group listStatus; ``to_dict()`` gives the dict form."""


cdef list _gr_OrderAmendKeepPriorityResponse__listStatus(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group listStatus as a list of OrderAmendKeepPriorityResponse_listStatus records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef OrderAmendKeepPriorityResponse_listStatus e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('listStatus', "dimension of group 'listStatus'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('listStatus', n, 65535, bl + 6, pos, end - pos)
    if bl < 10:
        raise_short_block('group listStatus', _BF_OrderAmendKeepPriorityResponse__listStatus, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'listStatus'", pos, bl, end - pos)
            p = st.buf + pos
            e = OrderAmendKeepPriorityResponse_listStatus.__new__(OrderAmendKeepPriorityResponse_listStatus)
            e._dec = st.dec
            e.orderListId = sbe_i64le(p)
            t_u = sbe_u8(p + 8)
            e.contingencyType = _E_contingencyType[t_u]
            t_u = sbe_u8(p + 9)
            e.listOrderStatus = _E_listOrderStatus[t_u]
            pos += bl
            e.orders = _gr_OrderAmendKeepPriorityResponse__listStatus__orders(st, &pos, end, ver) if st.grp == GRP_LIST else _g_OrderAmendKeepPriorityResponse__listStatus__orders(st, &pos, end, ver)
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
            e.listClientOrderId = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('listStatus')
        raise
    ppos[0] = pos
    return rows

cdef class OrderAmendKeepPriorityResponse_listStatus_orders(Record):
    """Record of entry of group orders; ``to_dict()`` gives the dict form."""


cdef list _gr_OrderAmendKeepPriorityResponse__listStatus__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders as a list of OrderAmendKeepPriorityResponse_listStatus_orders records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef OrderAmendKeepPriorityResponse_listStatus_orders e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_OrderAmendKeepPriorityResponse__listStatus__orders, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            e = OrderAmendKeepPriorityResponse_listStatus_orders.__new__(OrderAmendKeepPriorityResponse_listStatus_orders)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    return rows

cdef class OrderAmendKeepPriorityResponse_relatedOrders(Record):
    """Record of entry of group relatedOrders; ``to_dict()`` gives the dict form."""


cdef list _gr_OrderAmendKeepPriorityResponse__relatedOrders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver, int x0_priceExponent, int x0_qtyExponent):
    """Group relatedOrders as a list of OrderAmendKeepPriorityResponse_relatedOrders records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef OrderAmendKeepPriorityResponse_relatedOrders e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('relatedOrders', "dimension of group 'relatedOrders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('relatedOrders', n, 65535, bl + 2, pos, end - pos)
    if bl < (127 if ver >= 1 else 116):
        raise_short_block('group relatedOrders', _BF_OrderAmendKeepPriorityResponse__relatedOrders, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'relatedOrders'", pos, bl, end - pos)
            p = st.buf + pos
            e = OrderAmendKeepPriorityResponse_relatedOrders.__new__(OrderAmendKeepPriorityResponse_relatedOrders)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            e.orderListId = opt_i64(sbe_i64le(p + 8), INT64_MIN)
            e.c_price = sbe_i64le(p + 16)
            e.e_price = x0_priceExponent
            e.c_qty = sbe_i64le(p + 24)
            e.e_qty = x0_qtyExponent
            e.c_executedQty = sbe_i64le(p + 32)
            e.e_executedQty = x0_qtyExponent
            e.c_preventedQty = sbe_i64le(p + 40)
            e.e_preventedQty = x0_qtyExponent
            e.c_cumulativeQuoteQty = sbe_i64le(p + 48)
            e.e_cumulativeQuoteQty = x0_priceExponent
            t_u = sbe_u8(p + 56)
            e.status = _E_orderStatus[t_u]
            t_u = sbe_u8(p + 57)
            e.timeInForce = _E_timeInForce[t_u]
            t_u = sbe_u8(p + 58)
            e.orderType = _E_orderType[t_u]
            t_u = sbe_u8(p + 59)
            e.side = _E_orderSide[t_u]
            e.c_stopPrice = sbe_i64le(p + 60)
            e.e_stopPrice = x0_priceExponent
            e.trailingDelta = opt_i64(sbe_i64le(p + 68), INT64_MIN)
            e.trailingTime = opt_i64(sbe_i64le(p + 76), INT64_MIN)
            e.c_icebergQty = sbe_i64le(p + 84)
            e.e_icebergQty = x0_qtyExponent
            e.workingTime = opt_i64(sbe_i64le(p + 92), INT64_MIN)
            e.strategyId = opt_i64(sbe_i64le(p + 100), INT64_MIN)
            e.strategyType = opt_i64(sbe_i32le(p + 108), -2147483648)
            t_u = sbe_u8(p + 112)
            e.orderCapacity = _E_orderCapacity[t_u]
            t_u = sbe_u8(p + 113)
            e.workingFloor = _E_floor[t_u]
            t_u = sbe_u8(p + 114)
            e.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
            t_u = sbe_u8(p + 115)
            e.usedSor = _E_boolEnum[t_u]
            if ver >= 1:
                t_u = sbe_u8(p + 116)
                e.pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
            else:
                e.pegPriceType = None
            if ver >= 1:
                t_u = sbe_u8(p + 117)
                e.pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
            else:
                e.pegOffsetType = None
            if ver >= 1:
                e.pegOffsetValue = opt_i64(sbe_u8(p + 118), 255)
            else:
                e.pegOffsetValue = None
            if ver >= 1:
                e.peggedPrice = mant_i64(sbe_i64le(p + 119), 1, INT64_MIN, x0_priceExponent, st.dec)
            else:
                e.peggedPrice = None
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('relatedOrders')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_AccountResponse = (('commissionExponent', 1, 0), ('commissionRateMaker', 9, 0), ('commissionRateTaker', 17, 0), ('commissionRateBuyer', 25, 0), ('commissionRateSeller', 33, 0), ('canTrade', 34, 0), ('canWithdraw', 35, 0), ('canDeposit', 36, 0), ('brokered', 37, 0), ('requireSelfTradePrevention', 38, 0), ('preventSor', 39, 0), ('updateTime', 47, 0), ('accountType', 48, 0), ('tradeGroupId', 56, 0), ('uid', 64, 0))
cdef dict _m_AccountResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountResponse (template 400); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_commissionExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of AccountResponse', pos, bl, end - pos)
    if bl < 64:
        raise_short_block('AccountResponse', _BF_AccountResponse, ver, bl, pos)
    p = st.buf + pos
    x0_commissionExponent = sbe_i8(p)
    v_commissionExponent = None if x0_commissionExponent == EXP_NONE else x0_commissionExponent
    v_commissionRateMaker = mant_i64(sbe_i64le(p + 1), 0, 0, x0_commissionExponent, st.dec)
    v_commissionRateTaker = mant_i64(sbe_i64le(p + 9), 0, 0, x0_commissionExponent, st.dec)
    v_commissionRateBuyer = mant_i64(sbe_i64le(p + 17), 0, 0, x0_commissionExponent, st.dec)
    v_commissionRateSeller = mant_i64(sbe_i64le(p + 25), 0, 0, x0_commissionExponent, st.dec)
    t_u = sbe_u8(p + 33)
    v_canTrade = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 34)
    v_canWithdraw = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 35)
    v_canDeposit = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 36)
    v_brokered = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 37)
    v_requireSelfTradePrevention = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 38)
    v_preventSor = _E_boolEnum[t_u]
    v_updateTime = sbe_i64le(p + 39)
    t_u = sbe_u8(p + 47)
    v_accountType = _E_accountType[t_u]
    v_tradeGroupId = opt_i64(sbe_i64le(p + 48), INT64_MIN)
    v_uid = sbe_i64le(p + 56)
    pos += bl
    v_balances = _g_AccountResponse__balances(st, &pos, end, ver)
    v_permissions = _g_AccountResponse__permissions(st, &pos, end, ver)
    v_reduceOnlyAssets = _g_AccountResponse__reduceOnlyAssets(st, &pos, end, ver)
    d = PyDict_Copy(_T132 if st.dec == DEC_RAW else _T133)
    d['$message'] = 'AccountResponse'
    if st.dec == DEC_RAW:
        d['commissionExponent'] = v_commissionExponent
    d['commissionRateMaker'] = v_commissionRateMaker
    d['commissionRateTaker'] = v_commissionRateTaker
    d['commissionRateBuyer'] = v_commissionRateBuyer
    d['commissionRateSeller'] = v_commissionRateSeller
    d['canTrade'] = v_canTrade
    d['canWithdraw'] = v_canWithdraw
    d['canDeposit'] = v_canDeposit
    d['brokered'] = v_brokered
    d['requireSelfTradePrevention'] = v_requireSelfTradePrevention
    d['preventSor'] = v_preventSor
    d['updateTime'] = v_updateTime
    d['accountType'] = v_accountType
    d['tradeGroupId'] = v_tradeGroupId
    d['uid'] = v_uid
    d['balances'] = v_balances
    d['permissions'] = v_permissions
    d['reduceOnlyAssets'] = v_reduceOnlyAssets
    st.stop = pos
    return d

cdef tuple _BF_AccountResponse__balances = (('exponent', 1, 0), ('free', 9, 0), ('locked', 17, 0))
cdef GroupSpec _GS_AccountResponse__balances
cdef object _nf_AccountResponse__balances(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group balances as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_exponent
    out = new_rows(_GS_AccountResponse__balances, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            l_exponent = sbe_i8(p + 0)
            t_i = sbe_i64le(p + 1)
            sbe_put_f64(q + 0, (SBE_NAN if l_exponent == EXP_NONE else sbe_scale_i64(t_i, l_exponent)))
            t_i = sbe_i64le(p + 9)
            sbe_put_f64(q + 8, (SBE_NAN if l_exponent == EXP_NONE else sbe_scale_i64(t_i, l_exponent)))
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 25
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 8)
            memcpy(q + 9, p + 9, 8)
    return out

cdef object _g_AccountResponse__balances(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group balances: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_exponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('balances', "dimension of group 'balances'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('balances', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 17:
        raise_short_block('group balances', _BF_AccountResponse__balances, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'balances'", pos, bl, end - pos)
            p = st.buf + pos
            x1_exponent = sbe_i8(p)
            pos += bl
            v_asset = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T134)
                e['asset'] = v_asset
            else:
                v_exponent = None if x1_exponent == EXP_NONE else x1_exponent
                v_free = mant_i64(sbe_i64le(p + 1), 0, 0, x1_exponent, st.dec)
                v_locked = mant_i64(sbe_i64le(p + 9), 0, 0, x1_exponent, st.dec)
                e = PyDict_Copy(_T135 if st.dec == DEC_RAW else _T136)
                if st.dec == DEC_RAW:
                    e['exponent'] = v_exponent
                e['free'] = v_free
                e['locked'] = v_locked
                e['asset'] = v_asset
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('balances')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_AccountResponse__balances, _nf_AccountResponse__balances(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_AccountResponse__balances, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_AccountResponse__permissions = ()
cdef GroupSpec _GS_AccountResponse__permissions
cdef object _nf_AccountResponse__permissions(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group permissions as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_AccountResponse__permissions, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_AccountResponse__permissions(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group permissions: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('permissions', "dimension of group 'permissions'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('permissions', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group permissions', _BF_AccountResponse__permissions, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'permissions'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_permission = var_text(st, &pos, end, 1, 0, 255, 0, 'permission')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T40)
                e['permission'] = v_permission
            else:
                if st.grp == GRP_FLAT:
                    e = v_permission
                else:
                    e = PyDict_Copy(_T40)
                    e['permission'] = v_permission
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('permissions')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_AccountResponse__permissions, _nf_AccountResponse__permissions(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_AccountResponse__permissions, fixed, bl, n, ver, (), rows)
    return rows

cdef tuple _BF_AccountResponse__reduceOnlyAssets = ()
cdef GroupSpec _GS_AccountResponse__reduceOnlyAssets
cdef object _nf_AccountResponse__reduceOnlyAssets(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group reduceOnlyAssets as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_AccountResponse__reduceOnlyAssets, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 8
    return out

cdef object _g_AccountResponse__reduceOnlyAssets(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group reduceOnlyAssets: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('reduceOnlyAssets', "dimension of group 'reduceOnlyAssets'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('reduceOnlyAssets', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group reduceOnlyAssets', _BF_AccountResponse__reduceOnlyAssets, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'reduceOnlyAssets'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_asset = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T134)
                e['asset'] = v_asset
            else:
                if st.grp == GRP_FLAT:
                    e = v_asset
                else:
                    e = PyDict_Copy(_T134)
                    e['asset'] = v_asset
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('reduceOnlyAssets')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_AccountResponse__reduceOnlyAssets, _nf_AccountResponse__reduceOnlyAssets(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_AccountResponse__reduceOnlyAssets, fixed, bl, n, ver, (), rows)
    return rows

cdef class AccountResponse(Record):
    """Record of message AccountResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_AccountResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountResponse as a AccountResponse record; ``pos`` is the start of the root block."""
    cdef AccountResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_commissionExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of AccountResponse', pos, bl, end - pos)
    if bl < 64:
        raise_short_block('AccountResponse', _BF_AccountResponse, ver, bl, pos)
    p = st.buf + pos
    x0_commissionExponent = sbe_i8(p)
    r = AccountResponse.__new__(AccountResponse)
    r._dec = st.dec
    r.c_commissionExponent = x0_commissionExponent
    r.c_commissionRateMaker = sbe_i64le(p + 1)
    r.e_commissionRateMaker = x0_commissionExponent
    r.c_commissionRateTaker = sbe_i64le(p + 9)
    r.e_commissionRateTaker = x0_commissionExponent
    r.c_commissionRateBuyer = sbe_i64le(p + 17)
    r.e_commissionRateBuyer = x0_commissionExponent
    r.c_commissionRateSeller = sbe_i64le(p + 25)
    r.e_commissionRateSeller = x0_commissionExponent
    t_u = sbe_u8(p + 33)
    r.canTrade = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 34)
    r.canWithdraw = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 35)
    r.canDeposit = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 36)
    r.brokered = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 37)
    r.requireSelfTradePrevention = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 38)
    r.preventSor = _E_boolEnum[t_u]
    r.updateTime = sbe_i64le(p + 39)
    t_u = sbe_u8(p + 47)
    r.accountType = _E_accountType[t_u]
    r.tradeGroupId = opt_i64(sbe_i64le(p + 48), INT64_MIN)
    r.uid = sbe_i64le(p + 56)
    pos += bl
    r.balances = _gr_AccountResponse__balances(st, &pos, end, ver) if st.grp == GRP_LIST else _g_AccountResponse__balances(st, &pos, end, ver)
    r.permissions = _gr_AccountResponse__permissions(st, &pos, end, ver) if st.grp == GRP_LIST else _g_AccountResponse__permissions(st, &pos, end, ver)
    r.reduceOnlyAssets = _gr_AccountResponse__reduceOnlyAssets(st, &pos, end, ver) if st.grp == GRP_LIST else _g_AccountResponse__reduceOnlyAssets(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class AccountResponse_balances(Record):
    """Record of entry of group balances; ``to_dict()`` gives the dict form."""


cdef list _gr_AccountResponse__balances(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group balances as a list of AccountResponse_balances records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_exponent = EXP_NONE
    cdef AccountResponse_balances e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('balances', "dimension of group 'balances'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('balances', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 17:
        raise_short_block('group balances', _BF_AccountResponse__balances, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'balances'", pos, bl, end - pos)
            p = st.buf + pos
            x1_exponent = sbe_i8(p)
            e = AccountResponse_balances.__new__(AccountResponse_balances)
            e._dec = st.dec
            e.c_exponent = x1_exponent
            e.c_free = sbe_i64le(p + 1)
            e.e_free = x1_exponent
            e.c_locked = sbe_i64le(p + 9)
            e.e_locked = x1_exponent
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
            e.asset = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('balances')
        raise
    ppos[0] = pos
    return rows

cdef class AccountResponse_permissions(Record):
    """Record of entry of group permissions; ``to_dict()`` gives the dict form."""


cdef list _gr_AccountResponse__permissions(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group permissions as a list of AccountResponse_permissions records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef AccountResponse_permissions e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('permissions', "dimension of group 'permissions'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('permissions', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group permissions', _BF_AccountResponse__permissions, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'permissions'", pos, bl, end - pos)
            p = st.buf + pos
            e = AccountResponse_permissions.__new__(AccountResponse_permissions)
            e._dec = st.dec
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'permission')
            e.permission = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('permissions')
        raise
    ppos[0] = pos
    return rows

cdef class AccountResponse_reduceOnlyAssets(Record):
    """Record of entry of group reduceOnlyAssets; ``to_dict()`` gives the dict form."""


cdef list _gr_AccountResponse__reduceOnlyAssets(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group reduceOnlyAssets as a list of AccountResponse_reduceOnlyAssets records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef AccountResponse_reduceOnlyAssets e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('reduceOnlyAssets', "dimension of group 'reduceOnlyAssets'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('reduceOnlyAssets', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 0:
        raise_short_block('group reduceOnlyAssets', _BF_AccountResponse__reduceOnlyAssets, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'reduceOnlyAssets'", pos, bl, end - pos)
            p = st.buf + pos
            e = AccountResponse_reduceOnlyAssets.__new__(AccountResponse_reduceOnlyAssets)
            e._dec = st.dec
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
            e.asset = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('reduceOnlyAssets')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_AccountTradesResponse = ()
cdef dict _m_AccountTradesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountTradesResponse (template 401); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of AccountTradesResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('AccountTradesResponse', _BF_AccountTradesResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_trades = _g_AccountTradesResponse__trades(st, &pos, end, ver)
    d = PyDict_Copy(_T51)
    d['$message'] = 'AccountTradesResponse'
    d['trades'] = v_trades
    st.stop = pos
    return d

cdef tuple _BF_AccountTradesResponse__trades = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('commissionExponent', 3, 0), ('id', 11, 0), ('orderId', 19, 0), ('orderListId', 27, 0), ('price', 35, 0), ('qty', 43, 0), ('quoteQty', 51, 0), ('commission', 59, 0), ('time', 67, 0), ('isBuyer', 68, 0), ('isMaker', 69, 0), ('isBestMatch', 70, 0))
cdef GroupSpec _GS_AccountTradesResponse__trades
cdef object _nf_AccountTradesResponse__trades(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group trades as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_priceExponent
    cdef int l_qtyExponent
    cdef int l_commissionExponent
    out = new_rows(_GS_AccountTradesResponse__trades, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 83
            l_priceExponent = sbe_i8(p + 0)
            l_qtyExponent = sbe_i8(p + 1)
            l_commissionExponent = sbe_i8(p + 2)
            memcpy(q + 0, p + 3, 8)
            memcpy(q + 8, p + 11, 8)
            memcpy(q + 16, p + 19, 8)
            t_i = sbe_i64le(p + 27)
            sbe_put_f64(q + 24, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 35)
            sbe_put_f64(q + 32, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            t_i = sbe_i64le(p + 43)
            sbe_put_f64(q + 40, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 51)
            sbe_put_f64(q + 48, (SBE_NAN if l_commissionExponent == EXP_NONE else sbe_scale_i64(t_i, l_commissionExponent)))
            memcpy(q + 56, p + 59, 8)
            memcpy(q + 64, p + 67, 1)
            memcpy(q + 65, p + 68, 1)
            memcpy(q + 66, p + 69, 1)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 86
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 1)
            memcpy(q + 3, p + 3, 8)
            memcpy(q + 11, p + 11, 8)
            memcpy(q + 19, p + 19, 8)
            memcpy(q + 27, p + 27, 8)
            memcpy(q + 35, p + 35, 8)
            memcpy(q + 43, p + 43, 8)
            memcpy(q + 51, p + 51, 8)
            memcpy(q + 59, p + 59, 8)
            memcpy(q + 67, p + 67, 1)
            memcpy(q + 68, p + 68, 1)
            memcpy(q + 69, p + 69, 1)
    return out

cdef object _g_AccountTradesResponse__trades(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group trades: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef int x1_commissionExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('trades', "dimension of group 'trades'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('trades', n, 2147483647, bl + 2, pos, end - pos)
    if bl < 70:
        raise_short_block('group trades', _BF_AccountTradesResponse__trades, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'trades'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            x1_commissionExponent = sbe_i8(p + 2)
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_commissionAsset = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T137)
                e['symbol'] = v_symbol
                e['commissionAsset'] = v_commissionAsset
            else:
                v_priceExponent = None if x1_priceExponent == EXP_NONE else x1_priceExponent
                v_qtyExponent = None if x1_qtyExponent == EXP_NONE else x1_qtyExponent
                v_commissionExponent = None if x1_commissionExponent == EXP_NONE else x1_commissionExponent
                v_id = sbe_i64le(p + 3)
                v_orderId = sbe_i64le(p + 11)
                v_orderListId = opt_i64(sbe_i64le(p + 19), INT64_MIN)
                v_price = mant_i64(sbe_i64le(p + 27), 0, 0, x1_priceExponent, st.dec)
                v_qty = mant_i64(sbe_i64le(p + 35), 0, 0, x1_qtyExponent, st.dec)
                v_quoteQty = mant_i64(sbe_i64le(p + 43), 0, 0, x1_priceExponent, st.dec)
                v_commission = mant_i64(sbe_i64le(p + 51), 0, 0, x1_commissionExponent, st.dec)
                v_time = sbe_i64le(p + 59)
                t_u = sbe_u8(p + 67)
                v_isBuyer = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 68)
                v_isMaker = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 69)
                v_isBestMatch = _E_boolEnum[t_u]
                e = PyDict_Copy(_T138 if st.dec == DEC_RAW else _T139)
                if st.dec == DEC_RAW:
                    e['priceExponent'] = v_priceExponent
                    e['qtyExponent'] = v_qtyExponent
                    e['commissionExponent'] = v_commissionExponent
                e['id'] = v_id
                e['orderId'] = v_orderId
                e['orderListId'] = v_orderListId
                e['price'] = v_price
                e['qty'] = v_qty
                e['quoteQty'] = v_quoteQty
                e['commission'] = v_commission
                e['time'] = v_time
                e['isBuyer'] = v_isBuyer
                e['isMaker'] = v_isMaker
                e['isBestMatch'] = v_isBestMatch
                e['symbol'] = v_symbol
                e['commissionAsset'] = v_commissionAsset
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('trades')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_AccountTradesResponse__trades, _nf_AccountTradesResponse__trades(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_AccountTradesResponse__trades, fixed, bl, n, ver, (), rows)
    return rows

cdef class AccountTradesResponse(Record):
    """Record of message AccountTradesResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_AccountTradesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountTradesResponse as a AccountTradesResponse record; ``pos`` is the start of the root block."""
    cdef AccountTradesResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of AccountTradesResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('AccountTradesResponse', _BF_AccountTradesResponse, ver, bl, pos)
    p = st.buf + pos
    r = AccountTradesResponse.__new__(AccountTradesResponse)
    r._dec = st.dec
    pos += bl
    r.trades = _gr_AccountTradesResponse__trades(st, &pos, end, ver) if st.grp == GRP_LIST else _g_AccountTradesResponse__trades(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class AccountTradesResponse_trades(Record):
    """Record of entry of group trades; ``to_dict()`` gives the dict form."""


cdef list _gr_AccountTradesResponse__trades(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group trades as a list of AccountTradesResponse_trades records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef int x1_commissionExponent = EXP_NONE
    cdef AccountTradesResponse_trades e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('trades', "dimension of group 'trades'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('trades', n, 2147483647, bl + 2, pos, end - pos)
    if bl < 70:
        raise_short_block('group trades', _BF_AccountTradesResponse__trades, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'trades'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            x1_commissionExponent = sbe_i8(p + 2)
            e = AccountTradesResponse_trades.__new__(AccountTradesResponse_trades)
            e._dec = st.dec
            e.c_priceExponent = x1_priceExponent
            e.c_qtyExponent = x1_qtyExponent
            e.c_commissionExponent = x1_commissionExponent
            e.id = sbe_i64le(p + 3)
            e.orderId = sbe_i64le(p + 11)
            e.orderListId = opt_i64(sbe_i64le(p + 19), INT64_MIN)
            e.c_price = sbe_i64le(p + 27)
            e.e_price = x1_priceExponent
            e.c_qty = sbe_i64le(p + 35)
            e.e_qty = x1_qtyExponent
            e.c_quoteQty = sbe_i64le(p + 43)
            e.e_quoteQty = x1_priceExponent
            e.c_commission = sbe_i64le(p + 51)
            e.e_commission = x1_commissionExponent
            e.time = sbe_i64le(p + 59)
            t_u = sbe_u8(p + 67)
            e.isBuyer = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 68)
            e.isMaker = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 69)
            e.isBestMatch = _E_boolEnum[t_u]
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
            e.commissionAsset = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('trades')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_AccountOrderRateLimitResponse = ()
cdef dict _m_AccountOrderRateLimitResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountOrderRateLimitResponse (template 402); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of AccountOrderRateLimitResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('AccountOrderRateLimitResponse', _BF_AccountOrderRateLimitResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_rateLimits = _g_AccountOrderRateLimitResponse__rateLimits(st, &pos, end, ver)
    d = PyDict_Copy(_T140)
    d['$message'] = 'AccountOrderRateLimitResponse'
    d['rateLimits'] = v_rateLimits
    st.stop = pos
    return d

cdef tuple _BF_AccountOrderRateLimitResponse__rateLimits = (('rateLimitType', 1, 0), ('interval', 2, 0), ('intervalNum', 3, 0), ('rateLimit', 11, 0), ('numOrders', 19, 0))
cdef GroupSpec _GS_AccountOrderRateLimitResponse__rateLimits
cdef object _nf_AccountOrderRateLimitResponse__rateLimits(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group rateLimits as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_AccountOrderRateLimitResponse__rateLimits, st.dec, ver, n, &o)
    for i in range(n):
        p = src + i * stride
        q = o + i * 19
        memcpy(q + 0, p + 0, 1)
        memcpy(q + 1, p + 1, 1)
        memcpy(q + 2, p + 2, 1)
        memcpy(q + 3, p + 3, 8)
        memcpy(q + 11, p + 11, 8)
    return out

cdef object _g_AccountOrderRateLimitResponse__rateLimits(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group rateLimits: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('rateLimits', "dimension of group 'rateLimits'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('rateLimits', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 19:
        raise_short_block('group rateLimits', _BF_AccountOrderRateLimitResponse__rateLimits, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        ppos[0] = pos + n * bl
        if st.dec == DEC_FLOAT:
            return _nf_AccountOrderRateLimitResponse__rateLimits(st, st.buf + pos, bl, n, ver)
        return fixed_group_numpy(st, _GS_AccountOrderRateLimitResponse__rateLimits, pos, bl, n, ver, ())
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            pos += bl
            t_u = sbe_u8(p)
            v_rateLimitType = _E_rateLimitType[t_u]
            t_u = sbe_u8(p + 1)
            v_interval = _E_rateLimitInterval[t_u]
            v_intervalNum = sbe_u8(p + 2)
            v_rateLimit = sbe_i64le(p + 3)
            v_numOrders = sbe_i64le(p + 11)
            e = PyDict_Copy(_T141)
            e['rateLimitType'] = v_rateLimitType
            e['interval'] = v_interval
            e['intervalNum'] = v_intervalNum
            e['rateLimit'] = v_rateLimit
            e['numOrders'] = v_numOrders
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('rateLimits')
        raise
    ppos[0] = pos
    return rows

cdef class AccountOrderRateLimitResponse(Record):
    """Record of message AccountOrderRateLimitResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_AccountOrderRateLimitResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountOrderRateLimitResponse as a AccountOrderRateLimitResponse record; ``pos`` is the start of the root block."""
    cdef AccountOrderRateLimitResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of AccountOrderRateLimitResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('AccountOrderRateLimitResponse', _BF_AccountOrderRateLimitResponse, ver, bl, pos)
    p = st.buf + pos
    r = AccountOrderRateLimitResponse.__new__(AccountOrderRateLimitResponse)
    r._dec = st.dec
    pos += bl
    r.rateLimits = _gr_AccountOrderRateLimitResponse__rateLimits(st, &pos, end, ver) if st.grp == GRP_LIST else _g_AccountOrderRateLimitResponse__rateLimits(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class AccountOrderRateLimitResponse_rateLimits(Record):
    """Record of entry of group rateLimits; ``to_dict()`` gives the dict form."""


cdef list _gr_AccountOrderRateLimitResponse__rateLimits(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group rateLimits as a list of AccountOrderRateLimitResponse_rateLimits records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef AccountOrderRateLimitResponse_rateLimits e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('rateLimits', "dimension of group 'rateLimits'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('rateLimits', n, 2147483647, bl + 0, pos, end - pos)
    if bl < 19:
        raise_short_block('group rateLimits', _BF_AccountOrderRateLimitResponse__rateLimits, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            p = st.buf + pos
            e = AccountOrderRateLimitResponse_rateLimits.__new__(AccountOrderRateLimitResponse_rateLimits)
            e._dec = st.dec
            t_u = sbe_u8(p)
            e.rateLimitType = _E_rateLimitType[t_u]
            t_u = sbe_u8(p + 1)
            e.interval = _E_rateLimitInterval[t_u]
            e.intervalNum = sbe_u8(p + 2)
            e.rateLimit = sbe_i64le(p + 3)
            e.numOrders = sbe_i64le(p + 11)
            pos += bl
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('rateLimits')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_AccountPreventedMatchesResponse = ()
cdef dict _m_AccountPreventedMatchesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountPreventedMatchesResponse (template 403); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of AccountPreventedMatchesResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('AccountPreventedMatchesResponse', _BF_AccountPreventedMatchesResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_preventedMatches = _g_AccountPreventedMatchesResponse__preventedMatches(st, &pos, end, ver)
    d = PyDict_Copy(_T142)
    d['$message'] = 'AccountPreventedMatchesResponse'
    d['preventedMatches'] = v_preventedMatches
    st.stop = pos
    return d

cdef tuple _BF_AccountPreventedMatchesResponse__preventedMatches = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('preventedMatchId', 10, 0), ('takerOrderId', 18, 0), ('makerOrderId', 26, 0), ('tradeGroupId', 34, 0), ('selfTradePreventionMode', 35, 0), ('price', 43, 0), ('takerPreventedQuantity', 51, 0), ('makerPreventedQuantity', 59, 0), ('transactTime', 67, 0))
cdef GroupSpec _GS_AccountPreventedMatchesResponse__preventedMatches
cdef object _nf_AccountPreventedMatchesResponse__preventedMatches(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group preventedMatches as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_priceExponent
    cdef int l_qtyExponent
    out = new_rows(_GS_AccountPreventedMatchesResponse__preventedMatches, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 81
            l_priceExponent = sbe_i8(p + 0)
            l_qtyExponent = sbe_i8(p + 1)
            memcpy(q + 0, p + 2, 8)
            memcpy(q + 8, p + 10, 8)
            memcpy(q + 16, p + 18, 8)
            memcpy(q + 24, p + 26, 8)
            memcpy(q + 32, p + 34, 1)
            t_i = sbe_i64le(p + 35)
            sbe_put_f64(q + 33, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 43)
            sbe_put_f64(q + 41, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            t_i = sbe_i64le(p + 51)
            sbe_put_f64(q + 49, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            memcpy(q + 57, p + 59, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 83
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 8)
            memcpy(q + 10, p + 10, 8)
            memcpy(q + 18, p + 18, 8)
            memcpy(q + 26, p + 26, 8)
            memcpy(q + 34, p + 34, 1)
            memcpy(q + 35, p + 35, 8)
            memcpy(q + 43, p + 43, 8)
            memcpy(q + 51, p + 51, 8)
            memcpy(q + 59, p + 59, 8)
    return out

cdef object _g_AccountPreventedMatchesResponse__preventedMatches(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group preventedMatches: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('preventedMatches', "dimension of group 'preventedMatches'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('preventedMatches', n, 2147483647, bl + 2, pos, end - pos)
    if bl < 67:
        raise_short_block('group preventedMatches', _BF_AccountPreventedMatchesResponse__preventedMatches, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'preventedMatches'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_makerSymbol = var_text(st, &pos, end, 1, 0, 255, 0, 'makerSymbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T143)
                e['symbol'] = v_symbol
                e['makerSymbol'] = v_makerSymbol
            else:
                v_priceExponent = None if x1_priceExponent == EXP_NONE else x1_priceExponent
                v_qtyExponent = None if x1_qtyExponent == EXP_NONE else x1_qtyExponent
                v_preventedMatchId = sbe_i64le(p + 2)
                v_takerOrderId = sbe_i64le(p + 10)
                v_makerOrderId = sbe_i64le(p + 18)
                v_tradeGroupId = sbe_i64le(p + 26)
                t_u = sbe_u8(p + 34)
                v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
                v_price = mant_i64(sbe_i64le(p + 35), 0, 0, x1_priceExponent, st.dec)
                v_takerPreventedQuantity = mant_i64(sbe_i64le(p + 43), 1, INT64_MIN, x1_qtyExponent, st.dec)
                v_makerPreventedQuantity = mant_i64(sbe_i64le(p + 51), 1, INT64_MIN, x1_qtyExponent, st.dec)
                v_transactTime = sbe_i64le(p + 59)
                e = PyDict_Copy(_T144 if st.dec == DEC_RAW else _T145)
                if st.dec == DEC_RAW:
                    e['priceExponent'] = v_priceExponent
                    e['qtyExponent'] = v_qtyExponent
                e['preventedMatchId'] = v_preventedMatchId
                e['takerOrderId'] = v_takerOrderId
                e['makerOrderId'] = v_makerOrderId
                e['tradeGroupId'] = v_tradeGroupId
                e['selfTradePreventionMode'] = v_selfTradePreventionMode
                e['price'] = v_price
                e['takerPreventedQuantity'] = v_takerPreventedQuantity
                e['makerPreventedQuantity'] = v_makerPreventedQuantity
                e['transactTime'] = v_transactTime
                e['symbol'] = v_symbol
                e['makerSymbol'] = v_makerSymbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('preventedMatches')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_AccountPreventedMatchesResponse__preventedMatches, _nf_AccountPreventedMatchesResponse__preventedMatches(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_AccountPreventedMatchesResponse__preventedMatches, fixed, bl, n, ver, (), rows)
    return rows

cdef class AccountPreventedMatchesResponse(Record):
    """Record of message AccountPreventedMatchesResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_AccountPreventedMatchesResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountPreventedMatchesResponse as a AccountPreventedMatchesResponse record; ``pos`` is the start of the root block."""
    cdef AccountPreventedMatchesResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of AccountPreventedMatchesResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('AccountPreventedMatchesResponse', _BF_AccountPreventedMatchesResponse, ver, bl, pos)
    p = st.buf + pos
    r = AccountPreventedMatchesResponse.__new__(AccountPreventedMatchesResponse)
    r._dec = st.dec
    pos += bl
    r.preventedMatches = _gr_AccountPreventedMatchesResponse__preventedMatches(st, &pos, end, ver) if st.grp == GRP_LIST else _g_AccountPreventedMatchesResponse__preventedMatches(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class AccountPreventedMatchesResponse_preventedMatches(Record):
    """Record of entry of group preventedMatches; ``to_dict()`` gives the dict form."""


cdef list _gr_AccountPreventedMatchesResponse__preventedMatches(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group preventedMatches as a list of AccountPreventedMatchesResponse_preventedMatches records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef AccountPreventedMatchesResponse_preventedMatches e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('preventedMatches', "dimension of group 'preventedMatches'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('preventedMatches', n, 2147483647, bl + 2, pos, end - pos)
    if bl < 67:
        raise_short_block('group preventedMatches', _BF_AccountPreventedMatchesResponse__preventedMatches, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'preventedMatches'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            e = AccountPreventedMatchesResponse_preventedMatches.__new__(AccountPreventedMatchesResponse_preventedMatches)
            e._dec = st.dec
            e.c_priceExponent = x1_priceExponent
            e.c_qtyExponent = x1_qtyExponent
            e.preventedMatchId = sbe_i64le(p + 2)
            e.takerOrderId = sbe_i64le(p + 10)
            e.makerOrderId = sbe_i64le(p + 18)
            e.tradeGroupId = sbe_i64le(p + 26)
            t_u = sbe_u8(p + 34)
            e.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
            e.c_price = sbe_i64le(p + 35)
            e.e_price = x1_priceExponent
            e.c_takerPreventedQuantity = sbe_i64le(p + 43)
            e.e_takerPreventedQuantity = x1_qtyExponent
            e.c_makerPreventedQuantity = sbe_i64le(p + 51)
            e.e_makerPreventedQuantity = x1_qtyExponent
            e.transactTime = sbe_i64le(p + 59)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'makerSymbol')
            e.makerSymbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('preventedMatches')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_AccountAllocationsResponse = ()
cdef dict _m_AccountAllocationsResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountAllocationsResponse (template 404); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of AccountAllocationsResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('AccountAllocationsResponse', _BF_AccountAllocationsResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_allocations = _g_AccountAllocationsResponse__allocations(st, &pos, end, ver)
    d = PyDict_Copy(_T146)
    d['$message'] = 'AccountAllocationsResponse'
    d['allocations'] = v_allocations
    st.stop = pos
    return d

cdef tuple _BF_AccountAllocationsResponse__allocations = (('priceExponent', 1, 0), ('qtyExponent', 2, 0), ('commissionExponent', 3, 0), ('allocationId', 11, 0), ('allocationType', 12, 0), ('orderId', 20, 0), ('orderListId', 28, 0), ('sourceTradeId', 36, 0), ('sourceAllocationId', 44, 0), ('price', 52, 0), ('qty', 60, 0), ('quoteQty', 68, 0), ('commission', 76, 0), ('time', 84, 0), ('isBuyer', 85, 0), ('isMaker', 86, 0), ('isAllocator', 87, 0))
cdef GroupSpec _GS_AccountAllocationsResponse__allocations
cdef object _nf_AccountAllocationsResponse__allocations(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group allocations as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_priceExponent
    cdef int l_qtyExponent
    cdef int l_commissionExponent
    out = new_rows(_GS_AccountAllocationsResponse__allocations, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 108
            l_priceExponent = sbe_i8(p + 0)
            l_qtyExponent = sbe_i8(p + 1)
            l_commissionExponent = sbe_i8(p + 2)
            if l_commissionExponent == -128: l_commissionExponent = EXP_NONE
            memcpy(q + 0, p + 3, 8)
            memcpy(q + 8, p + 11, 1)
            memcpy(q + 9, p + 12, 8)
            memcpy(q + 17, p + 20, 8)
            memcpy(q + 25, p + 28, 8)
            memcpy(q + 33, p + 36, 8)
            t_i = sbe_i64le(p + 44)
            sbe_put_f64(q + 41, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 52)
            sbe_put_f64(q + 49, (SBE_NAN if l_qtyExponent == EXP_NONE else sbe_scale_i64(t_i, l_qtyExponent)))
            t_i = sbe_i64le(p + 60)
            sbe_put_f64(q + 57, (SBE_NAN if l_priceExponent == EXP_NONE else sbe_scale_i64(t_i, l_priceExponent)))
            t_i = sbe_i64le(p + 68)
            sbe_put_f64(q + 65, SBE_NAN if t_i == INT64_MIN else (SBE_NAN if l_commissionExponent == EXP_NONE else sbe_scale_i64(t_i, l_commissionExponent)))
            memcpy(q + 73, p + 76, 8)
            memcpy(q + 81, p + 84, 1)
            memcpy(q + 82, p + 85, 1)
            memcpy(q + 83, p + 86, 1)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 111
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 1)
            memcpy(q + 2, p + 2, 1)
            memcpy(q + 3, p + 3, 8)
            memcpy(q + 11, p + 11, 1)
            memcpy(q + 12, p + 12, 8)
            memcpy(q + 20, p + 20, 8)
            memcpy(q + 28, p + 28, 8)
            memcpy(q + 36, p + 36, 8)
            memcpy(q + 44, p + 44, 8)
            memcpy(q + 52, p + 52, 8)
            memcpy(q + 60, p + 60, 8)
            memcpy(q + 68, p + 68, 8)
            memcpy(q + 76, p + 76, 8)
            memcpy(q + 84, p + 84, 1)
            memcpy(q + 85, p + 85, 1)
            memcpy(q + 86, p + 86, 1)
    return out

cdef object _g_AccountAllocationsResponse__allocations(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group allocations: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef int x1_commissionExponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('allocations', "dimension of group 'allocations'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('allocations', n, 2147483647, bl + 3, pos, end - pos)
    if bl < 87:
        raise_short_block('group allocations', _BF_AccountAllocationsResponse__allocations, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'allocations'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            x1_commissionExponent = sbe_i8(p + 2)
            if x1_commissionExponent == -128: x1_commissionExponent = EXP_NONE
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_commissionAsset = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
            v_sourceSymbol = var_text(st, &pos, end, 1, 0, 255, 1, 'sourceSymbol')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T147)
                e['symbol'] = v_symbol
                e['commissionAsset'] = v_commissionAsset
                e['sourceSymbol'] = v_sourceSymbol
            else:
                v_priceExponent = None if x1_priceExponent == EXP_NONE else x1_priceExponent
                v_qtyExponent = None if x1_qtyExponent == EXP_NONE else x1_qtyExponent
                v_commissionExponent = None if x1_commissionExponent == EXP_NONE else x1_commissionExponent
                v_allocationId = sbe_i64le(p + 3)
                t_u = sbe_u8(p + 11)
                v_allocationType = _E_allocationType[t_u]
                v_orderId = sbe_i64le(p + 12)
                v_orderListId = opt_i64(sbe_i64le(p + 20), INT64_MIN)
                v_sourceTradeId = opt_i64(sbe_i64le(p + 28), INT64_MIN)
                v_sourceAllocationId = opt_i64(sbe_i64le(p + 36), INT64_MIN)
                v_price = mant_i64(sbe_i64le(p + 44), 0, 0, x1_priceExponent, st.dec)
                v_qty = mant_i64(sbe_i64le(p + 52), 0, 0, x1_qtyExponent, st.dec)
                v_quoteQty = mant_i64(sbe_i64le(p + 60), 0, 0, x1_priceExponent, st.dec)
                v_commission = mant_i64(sbe_i64le(p + 68), 1, INT64_MIN, x1_commissionExponent, st.dec)
                v_time = sbe_i64le(p + 76)
                t_u = sbe_u8(p + 84)
                v_isBuyer = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 85)
                v_isMaker = _E_boolEnum[t_u]
                t_u = sbe_u8(p + 86)
                v_isAllocator = _E_boolEnum[t_u]
                e = PyDict_Copy(_T148 if st.dec == DEC_RAW else _T149)
                if st.dec == DEC_RAW:
                    e['priceExponent'] = v_priceExponent
                    e['qtyExponent'] = v_qtyExponent
                    e['commissionExponent'] = v_commissionExponent
                e['allocationId'] = v_allocationId
                e['allocationType'] = v_allocationType
                e['orderId'] = v_orderId
                e['orderListId'] = v_orderListId
                e['sourceTradeId'] = v_sourceTradeId
                e['sourceAllocationId'] = v_sourceAllocationId
                e['price'] = v_price
                e['qty'] = v_qty
                e['quoteQty'] = v_quoteQty
                e['commission'] = v_commission
                e['time'] = v_time
                e['isBuyer'] = v_isBuyer
                e['isMaker'] = v_isMaker
                e['isAllocator'] = v_isAllocator
                e['symbol'] = v_symbol
                e['commissionAsset'] = v_commissionAsset
                e['sourceSymbol'] = v_sourceSymbol
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('allocations')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_AccountAllocationsResponse__allocations, _nf_AccountAllocationsResponse__allocations(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_AccountAllocationsResponse__allocations, fixed, bl, n, ver, (), rows)
    return rows

cdef class AccountAllocationsResponse(Record):
    """Record of message AccountAllocationsResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_AccountAllocationsResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountAllocationsResponse as a AccountAllocationsResponse record; ``pos`` is the start of the root block."""
    cdef AccountAllocationsResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of AccountAllocationsResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('AccountAllocationsResponse', _BF_AccountAllocationsResponse, ver, bl, pos)
    p = st.buf + pos
    r = AccountAllocationsResponse.__new__(AccountAllocationsResponse)
    r._dec = st.dec
    pos += bl
    r.allocations = _gr_AccountAllocationsResponse__allocations(st, &pos, end, ver) if st.grp == GRP_LIST else _g_AccountAllocationsResponse__allocations(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class AccountAllocationsResponse_allocations(Record):
    """Record of entry of group allocations; ``to_dict()`` gives the dict form."""


cdef list _gr_AccountAllocationsResponse__allocations(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group allocations as a list of AccountAllocationsResponse_allocations records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_priceExponent = EXP_NONE
    cdef int x1_qtyExponent = EXP_NONE
    cdef int x1_commissionExponent = EXP_NONE
    cdef AccountAllocationsResponse_allocations e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('allocations', "dimension of group 'allocations'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('allocations', n, 2147483647, bl + 3, pos, end - pos)
    if bl < 87:
        raise_short_block('group allocations', _BF_AccountAllocationsResponse__allocations, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'allocations'", pos, bl, end - pos)
            p = st.buf + pos
            x1_priceExponent = sbe_i8(p)
            x1_qtyExponent = sbe_i8(p + 1)
            x1_commissionExponent = sbe_i8(p + 2)
            if x1_commissionExponent == -128: x1_commissionExponent = EXP_NONE
            e = AccountAllocationsResponse_allocations.__new__(AccountAllocationsResponse_allocations)
            e._dec = st.dec
            e.c_priceExponent = x1_priceExponent
            e.c_qtyExponent = x1_qtyExponent
            e.c_commissionExponent = x1_commissionExponent
            e.allocationId = sbe_i64le(p + 3)
            t_u = sbe_u8(p + 11)
            e.allocationType = _E_allocationType[t_u]
            e.orderId = sbe_i64le(p + 12)
            e.orderListId = opt_i64(sbe_i64le(p + 20), INT64_MIN)
            e.sourceTradeId = opt_i64(sbe_i64le(p + 28), INT64_MIN)
            e.sourceAllocationId = opt_i64(sbe_i64le(p + 36), INT64_MIN)
            e.c_price = sbe_i64le(p + 44)
            e.e_price = x1_priceExponent
            e.c_qty = sbe_i64le(p + 52)
            e.e_qty = x1_qtyExponent
            e.c_quoteQty = sbe_i64le(p + 60)
            e.e_quoteQty = x1_priceExponent
            e.c_commission = sbe_i64le(p + 68)
            e.e_commission = x1_commissionExponent
            e.time = sbe_i64le(p + 76)
            t_u = sbe_u8(p + 84)
            e.isBuyer = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 85)
            e.isMaker = _E_boolEnum[t_u]
            t_u = sbe_u8(p + 86)
            e.isAllocator = _E_boolEnum[t_u]
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
            e.commissionAsset = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'sourceSymbol')
            e.sourceSymbol = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('allocations')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_AccountCommissionResponse = (('commissionExponent', 1, 0), ('discountExponent', 2, 0), ('standardCommissionMaker', 10, 0), ('standardCommissionTaker', 18, 0), ('standardCommissionBuyer', 26, 0), ('standardCommissionSeller', 34, 0), ('taxCommissionMaker', 42, 0), ('taxCommissionTaker', 50, 0), ('taxCommissionBuyer', 58, 0), ('taxCommissionSeller', 66, 0), ('discountEnabledForAccount', 67, 0), ('discountEnabledForSymbol', 68, 0), ('discount', 76, 0), ('specialCommissionMaker', 84, 1), ('specialCommissionTaker', 92, 1), ('specialCommissionBuyer', 100, 1), ('specialCommissionSeller', 108, 1))
cdef dict _m_AccountCommissionResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountCommissionResponse (template 405); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_commissionExponent = EXP_NONE
    cdef int x0_discountExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of AccountCommissionResponse', pos, bl, end - pos)
    if bl < (108 if ver >= 1 else 76):
        raise_short_block('AccountCommissionResponse', _BF_AccountCommissionResponse, ver, bl, pos)
    p = st.buf + pos
    x0_commissionExponent = sbe_i8(p)
    x0_discountExponent = sbe_i8(p + 1)
    v_commissionExponent = None if x0_commissionExponent == EXP_NONE else x0_commissionExponent
    v_discountExponent = None if x0_discountExponent == EXP_NONE else x0_discountExponent
    v_standardCommissionMaker = mant_i64(sbe_i64le(p + 2), 0, 0, x0_commissionExponent, st.dec)
    v_standardCommissionTaker = mant_i64(sbe_i64le(p + 10), 0, 0, x0_commissionExponent, st.dec)
    v_standardCommissionBuyer = mant_i64(sbe_i64le(p + 18), 0, 0, x0_commissionExponent, st.dec)
    v_standardCommissionSeller = mant_i64(sbe_i64le(p + 26), 0, 0, x0_commissionExponent, st.dec)
    v_taxCommissionMaker = mant_i64(sbe_i64le(p + 34), 0, 0, x0_commissionExponent, st.dec)
    v_taxCommissionTaker = mant_i64(sbe_i64le(p + 42), 0, 0, x0_commissionExponent, st.dec)
    v_taxCommissionBuyer = mant_i64(sbe_i64le(p + 50), 0, 0, x0_commissionExponent, st.dec)
    v_taxCommissionSeller = mant_i64(sbe_i64le(p + 58), 0, 0, x0_commissionExponent, st.dec)
    t_u = sbe_u8(p + 66)
    v_discountEnabledForAccount = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 67)
    v_discountEnabledForSymbol = _E_boolEnum[t_u]
    v_discount = mant_i64(sbe_i64le(p + 68), 0, 0, x0_discountExponent, st.dec)
    if ver >= 1:
        v_specialCommissionMaker = mant_i64(sbe_i64le(p + 76), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        v_specialCommissionMaker = None
    if ver >= 1:
        v_specialCommissionTaker = mant_i64(sbe_i64le(p + 84), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        v_specialCommissionTaker = None
    if ver >= 1:
        v_specialCommissionBuyer = mant_i64(sbe_i64le(p + 92), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        v_specialCommissionBuyer = None
    if ver >= 1:
        v_specialCommissionSeller = mant_i64(sbe_i64le(p + 100), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        v_specialCommissionSeller = None
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    v_discountAsset = var_text(st, &pos, end, 1, 0, 255, 1, 'discountAsset')
    d = PyDict_Copy(_T150 if st.dec == DEC_RAW else _T151)
    d['$message'] = 'AccountCommissionResponse'
    if st.dec == DEC_RAW:
        d['commissionExponent'] = v_commissionExponent
        d['discountExponent'] = v_discountExponent
    d['standardCommissionMaker'] = v_standardCommissionMaker
    d['standardCommissionTaker'] = v_standardCommissionTaker
    d['standardCommissionBuyer'] = v_standardCommissionBuyer
    d['standardCommissionSeller'] = v_standardCommissionSeller
    d['taxCommissionMaker'] = v_taxCommissionMaker
    d['taxCommissionTaker'] = v_taxCommissionTaker
    d['taxCommissionBuyer'] = v_taxCommissionBuyer
    d['taxCommissionSeller'] = v_taxCommissionSeller
    d['discountEnabledForAccount'] = v_discountEnabledForAccount
    d['discountEnabledForSymbol'] = v_discountEnabledForSymbol
    d['discount'] = v_discount
    d['specialCommissionMaker'] = v_specialCommissionMaker
    d['specialCommissionTaker'] = v_specialCommissionTaker
    d['specialCommissionBuyer'] = v_specialCommissionBuyer
    d['specialCommissionSeller'] = v_specialCommissionSeller
    d['symbol'] = v_symbol
    d['discountAsset'] = v_discountAsset
    st.stop = pos
    return d

cdef class AccountCommissionResponse(Record):
    """Record of message AccountCommissionResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_AccountCommissionResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AccountCommissionResponse as a AccountCommissionResponse record; ``pos`` is the start of the root block."""
    cdef AccountCommissionResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_commissionExponent = EXP_NONE
    cdef int x0_discountExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of AccountCommissionResponse', pos, bl, end - pos)
    if bl < (108 if ver >= 1 else 76):
        raise_short_block('AccountCommissionResponse', _BF_AccountCommissionResponse, ver, bl, pos)
    p = st.buf + pos
    x0_commissionExponent = sbe_i8(p)
    x0_discountExponent = sbe_i8(p + 1)
    r = AccountCommissionResponse.__new__(AccountCommissionResponse)
    r._dec = st.dec
    r.c_commissionExponent = x0_commissionExponent
    r.c_discountExponent = x0_discountExponent
    r.c_standardCommissionMaker = sbe_i64le(p + 2)
    r.e_standardCommissionMaker = x0_commissionExponent
    r.c_standardCommissionTaker = sbe_i64le(p + 10)
    r.e_standardCommissionTaker = x0_commissionExponent
    r.c_standardCommissionBuyer = sbe_i64le(p + 18)
    r.e_standardCommissionBuyer = x0_commissionExponent
    r.c_standardCommissionSeller = sbe_i64le(p + 26)
    r.e_standardCommissionSeller = x0_commissionExponent
    r.c_taxCommissionMaker = sbe_i64le(p + 34)
    r.e_taxCommissionMaker = x0_commissionExponent
    r.c_taxCommissionTaker = sbe_i64le(p + 42)
    r.e_taxCommissionTaker = x0_commissionExponent
    r.c_taxCommissionBuyer = sbe_i64le(p + 50)
    r.e_taxCommissionBuyer = x0_commissionExponent
    r.c_taxCommissionSeller = sbe_i64le(p + 58)
    r.e_taxCommissionSeller = x0_commissionExponent
    t_u = sbe_u8(p + 66)
    r.discountEnabledForAccount = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 67)
    r.discountEnabledForSymbol = _E_boolEnum[t_u]
    r.c_discount = sbe_i64le(p + 68)
    r.e_discount = x0_discountExponent
    if ver >= 1:
        r.specialCommissionMaker = mant_i64(sbe_i64le(p + 76), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        r.specialCommissionMaker = None
    if ver >= 1:
        r.specialCommissionTaker = mant_i64(sbe_i64le(p + 84), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        r.specialCommissionTaker = None
    if ver >= 1:
        r.specialCommissionBuyer = mant_i64(sbe_i64le(p + 92), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        r.specialCommissionBuyer = None
    if ver >= 1:
        r.specialCommissionSeller = mant_i64(sbe_i64le(p + 100), 1, INT64_MIN, x0_commissionExponent, st.dec)
    else:
        r.specialCommissionSeller = None
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'discountAsset')
    r.discountAsset = v_
    st.stop = pos
    return r

cdef tuple _BF_UserDataStreamStartResponse = ()
cdef dict _m_UserDataStreamStartResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamStartResponse (template 500); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamStartResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('UserDataStreamStartResponse', _BF_UserDataStreamStartResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    v_listenKey = var_text(st, &pos, end, 1, 0, 255, 0, 'listenKey')
    d = PyDict_Copy(_T152)
    d['$message'] = 'UserDataStreamStartResponse'
    d['listenKey'] = v_listenKey
    st.stop = pos
    return d

cdef class UserDataStreamStartResponse(Record):
    """Record of message UserDataStreamStartResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_UserDataStreamStartResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamStartResponse as a UserDataStreamStartResponse record; ``pos`` is the start of the root block."""
    cdef UserDataStreamStartResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamStartResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('UserDataStreamStartResponse', _BF_UserDataStreamStartResponse, ver, bl, pos)
    p = st.buf + pos
    r = UserDataStreamStartResponse.__new__(UserDataStreamStartResponse)
    r._dec = st.dec
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'listenKey')
    r.listenKey = v_
    st.stop = pos
    return r

cdef tuple _BF_UserDataStreamPingResponse = ()
cdef dict _m_UserDataStreamPingResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamPingResponse (template 501); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamPingResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('UserDataStreamPingResponse', _BF_UserDataStreamPingResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    d = PyDict_Copy(_T32)
    d['$message'] = 'UserDataStreamPingResponse'
    st.stop = pos
    return d

cdef class UserDataStreamPingResponse(Record):
    """Record of message UserDataStreamPingResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_UserDataStreamPingResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamPingResponse as a UserDataStreamPingResponse record; ``pos`` is the start of the root block."""
    cdef UserDataStreamPingResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamPingResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('UserDataStreamPingResponse', _BF_UserDataStreamPingResponse, ver, bl, pos)
    p = st.buf + pos
    r = UserDataStreamPingResponse.__new__(UserDataStreamPingResponse)
    r._dec = st.dec
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_UserDataStreamStopResponse = ()
cdef dict _m_UserDataStreamStopResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamStopResponse (template 502); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamStopResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('UserDataStreamStopResponse', _BF_UserDataStreamStopResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    d = PyDict_Copy(_T32)
    d['$message'] = 'UserDataStreamStopResponse'
    st.stop = pos
    return d

cdef class UserDataStreamStopResponse(Record):
    """Record of message UserDataStreamStopResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_UserDataStreamStopResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamStopResponse as a UserDataStreamStopResponse record; ``pos`` is the start of the root block."""
    cdef UserDataStreamStopResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamStopResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('UserDataStreamStopResponse', _BF_UserDataStreamStopResponse, ver, bl, pos)
    p = st.buf + pos
    r = UserDataStreamStopResponse.__new__(UserDataStreamStopResponse)
    r._dec = st.dec
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_UserDataStreamSubscribeResponse = (('subscriptionId', 2, 1),)
cdef dict _m_UserDataStreamSubscribeResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamSubscribeResponse (template 503); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamSubscribeResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('UserDataStreamSubscribeResponse', _BF_UserDataStreamSubscribeResponse, ver, bl, pos)
    p = st.buf + pos
    if ver >= 1:
        v_subscriptionId = opt_i64(sbe_u16le(p), 65535)
    else:
        v_subscriptionId = None
    pos += bl
    d = PyDict_Copy(_T153)
    d['$message'] = 'UserDataStreamSubscribeResponse'
    d['subscriptionId'] = v_subscriptionId
    st.stop = pos
    return d

cdef class UserDataStreamSubscribeResponse(Record):
    """Record of message UserDataStreamSubscribeResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_UserDataStreamSubscribeResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamSubscribeResponse as a UserDataStreamSubscribeResponse record; ``pos`` is the start of the root block."""
    cdef UserDataStreamSubscribeResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamSubscribeResponse', pos, bl, end - pos)
    if bl < 2:
        raise_short_block('UserDataStreamSubscribeResponse', _BF_UserDataStreamSubscribeResponse, ver, bl, pos)
    p = st.buf + pos
    r = UserDataStreamSubscribeResponse.__new__(UserDataStreamSubscribeResponse)
    r._dec = st.dec
    if ver >= 1:
        r.subscriptionId = opt_i64(sbe_u16le(p), 65535)
    else:
        r.subscriptionId = None
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_UserDataStreamUnsubscribeResponse = ()
cdef dict _m_UserDataStreamUnsubscribeResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamUnsubscribeResponse (template 504); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamUnsubscribeResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('UserDataStreamUnsubscribeResponse', _BF_UserDataStreamUnsubscribeResponse, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    d = PyDict_Copy(_T32)
    d['$message'] = 'UserDataStreamUnsubscribeResponse'
    st.stop = pos
    return d

cdef class UserDataStreamUnsubscribeResponse(Record):
    """Record of message UserDataStreamUnsubscribeResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_UserDataStreamUnsubscribeResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamUnsubscribeResponse as a UserDataStreamUnsubscribeResponse record; ``pos`` is the start of the root block."""
    cdef UserDataStreamUnsubscribeResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamUnsubscribeResponse', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('UserDataStreamUnsubscribeResponse', _BF_UserDataStreamUnsubscribeResponse, ver, bl, pos)
    p = st.buf + pos
    r = UserDataStreamUnsubscribeResponse.__new__(UserDataStreamUnsubscribeResponse)
    r._dec = st.dec
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_UserDataStreamSubscribeListenTokenResponse = (('subscriptionId', 2, 0), ('expirationTime', 10, 0))
cdef dict _m_UserDataStreamSubscribeListenTokenResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamSubscribeListenTokenResponse (template 505); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamSubscribeListenTokenResponse', pos, bl, end - pos)
    if bl < 10:
        raise_short_block('UserDataStreamSubscribeListenTokenResponse', _BF_UserDataStreamSubscribeListenTokenResponse, ver, bl, pos)
    p = st.buf + pos
    v_subscriptionId = sbe_u16le(p)
    v_expirationTime = sbe_i64le(p + 2)
    pos += bl
    d = PyDict_Copy(_T154)
    d['$message'] = 'UserDataStreamSubscribeListenTokenResponse'
    d['subscriptionId'] = v_subscriptionId
    d['expirationTime'] = v_expirationTime
    st.stop = pos
    return d

cdef class UserDataStreamSubscribeListenTokenResponse(Record):
    """Record of message UserDataStreamSubscribeListenTokenResponse; ``to_dict()`` gives the dict form."""


cdef object _mr_UserDataStreamSubscribeListenTokenResponse(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """UserDataStreamSubscribeListenTokenResponse as a UserDataStreamSubscribeListenTokenResponse record; ``pos`` is the start of the root block."""
    cdef UserDataStreamSubscribeListenTokenResponse r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of UserDataStreamSubscribeListenTokenResponse', pos, bl, end - pos)
    if bl < 10:
        raise_short_block('UserDataStreamSubscribeListenTokenResponse', _BF_UserDataStreamSubscribeListenTokenResponse, ver, bl, pos)
    p = st.buf + pos
    r = UserDataStreamSubscribeListenTokenResponse.__new__(UserDataStreamSubscribeListenTokenResponse)
    r._dec = st.dec
    r.subscriptionId = sbe_u16le(p)
    r.expirationTime = sbe_i64le(p + 2)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_AllocationReportEvent = (('eventTime', 8, 0), ('transactTime', 16, 0), ('priceExponent', 17, 0), ('qtyExponent', 18, 0), ('commissionExponent', 19, 0), ('allocationTransactionType', 20, 0), ('allocationReportType', 21, 0), ('allocationStatus', 22, 0), ('side', 23, 0), ('counterPartyRole', 24, 0), ('counterPartyExternalAccountId', 32, 0), ('counterPartyOrderId', 40, 0), ('allocationReportId', 48, 0), ('allocationId', 56, 0), ('sourceOrderId', 64, 0), ('sourceOrderListId', 72, 0), ('sourceTradeId', 80, 0), ('sourceAllocationId', 88, 0), ('price', 96, 0), ('qty', 104, 0), ('quoteQty', 112, 0), ('commission', 120, 0), ('subscriptionId', 122, 1))
cdef dict _m_AllocationReportEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AllocationReportEvent (template 600); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    cdef int x0_commissionExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of AllocationReportEvent', pos, bl, end - pos)
    if bl < (122 if ver >= 1 else 120):
        raise_short_block('AllocationReportEvent', _BF_AllocationReportEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    x0_commissionExponent = sbe_i8(p + 18)
    v_eventTime = sbe_i64le(p)
    v_transactTime = sbe_i64le(p + 8)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_commissionExponent = None if x0_commissionExponent == EXP_NONE else x0_commissionExponent
    t_u = sbe_u8(p + 19)
    v_allocationTransactionType = _E_allocationTransactionType[t_u]
    t_u = sbe_u8(p + 20)
    v_allocationReportType = _E_allocationReportType[t_u]
    t_u = sbe_u8(p + 21)
    v_allocationStatus = _E_allocationStatus[t_u]
    t_u = sbe_u8(p + 22)
    v_side = _E_orderSide[t_u]
    t_u = sbe_u8(p + 23)
    v_counterPartyRole = _E_counterPartyRole[t_u]
    v_counterPartyExternalAccountId = sbe_i64le(p + 24)
    v_counterPartyOrderId = sbe_i64le(p + 32)
    v_allocationReportId = sbe_i64le(p + 40)
    v_allocationId = sbe_i64le(p + 48)
    v_sourceOrderId = sbe_i64le(p + 56)
    v_sourceOrderListId = opt_i64(sbe_i64le(p + 64), INT64_MIN)
    v_sourceTradeId = opt_i64(sbe_i64le(p + 72), INT64_MIN)
    v_sourceAllocationId = opt_i64(sbe_i64le(p + 80), INT64_MIN)
    v_price = mant_i64(sbe_i64le(p + 88), 0, 0, x0_priceExponent, st.dec)
    v_qty = mant_i64(sbe_i64le(p + 96), 0, 0, x0_qtyExponent, st.dec)
    v_quoteQty = mant_i64(sbe_i64le(p + 104), 0, 0, x0_priceExponent, st.dec)
    v_commission = mant_i64(sbe_i64le(p + 112), 0, 0, x0_commissionExponent, st.dec)
    if ver >= 1:
        v_subscriptionId = opt_i64(sbe_u16le(p + 120), 65535)
    else:
        v_subscriptionId = None
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    v_commissionAsset = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
    v_sourceSymbol = var_text(st, &pos, end, 1, 0, 255, 1, 'sourceSymbol')
    d = PyDict_Copy(_T155 if st.dec == DEC_RAW else _T156)
    d['$message'] = 'AllocationReportEvent'
    d['eventTime'] = v_eventTime
    d['transactTime'] = v_transactTime
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
        d['commissionExponent'] = v_commissionExponent
    d['allocationTransactionType'] = v_allocationTransactionType
    d['allocationReportType'] = v_allocationReportType
    d['allocationStatus'] = v_allocationStatus
    d['side'] = v_side
    d['counterPartyRole'] = v_counterPartyRole
    d['counterPartyExternalAccountId'] = v_counterPartyExternalAccountId
    d['counterPartyOrderId'] = v_counterPartyOrderId
    d['allocationReportId'] = v_allocationReportId
    d['allocationId'] = v_allocationId
    d['sourceOrderId'] = v_sourceOrderId
    d['sourceOrderListId'] = v_sourceOrderListId
    d['sourceTradeId'] = v_sourceTradeId
    d['sourceAllocationId'] = v_sourceAllocationId
    d['price'] = v_price
    d['qty'] = v_qty
    d['quoteQty'] = v_quoteQty
    d['commission'] = v_commission
    d['subscriptionId'] = v_subscriptionId
    d['symbol'] = v_symbol
    d['commissionAsset'] = v_commissionAsset
    d['sourceSymbol'] = v_sourceSymbol
    st.stop = pos
    return d

cdef class AllocationReportEvent(Record):
    """Record of message AllocationReportEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_AllocationReportEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """AllocationReportEvent as a AllocationReportEvent record; ``pos`` is the start of the root block."""
    cdef AllocationReportEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    cdef int x0_commissionExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of AllocationReportEvent', pos, bl, end - pos)
    if bl < (122 if ver >= 1 else 120):
        raise_short_block('AllocationReportEvent', _BF_AllocationReportEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    x0_commissionExponent = sbe_i8(p + 18)
    r = AllocationReportEvent.__new__(AllocationReportEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    r.transactTime = sbe_i64le(p + 8)
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.c_commissionExponent = x0_commissionExponent
    t_u = sbe_u8(p + 19)
    r.allocationTransactionType = _E_allocationTransactionType[t_u]
    t_u = sbe_u8(p + 20)
    r.allocationReportType = _E_allocationReportType[t_u]
    t_u = sbe_u8(p + 21)
    r.allocationStatus = _E_allocationStatus[t_u]
    t_u = sbe_u8(p + 22)
    r.side = _E_orderSide[t_u]
    t_u = sbe_u8(p + 23)
    r.counterPartyRole = _E_counterPartyRole[t_u]
    r.counterPartyExternalAccountId = sbe_i64le(p + 24)
    r.counterPartyOrderId = sbe_i64le(p + 32)
    r.allocationReportId = sbe_i64le(p + 40)
    r.allocationId = sbe_i64le(p + 48)
    r.sourceOrderId = sbe_i64le(p + 56)
    r.sourceOrderListId = opt_i64(sbe_i64le(p + 64), INT64_MIN)
    r.sourceTradeId = opt_i64(sbe_i64le(p + 72), INT64_MIN)
    r.sourceAllocationId = opt_i64(sbe_i64le(p + 80), INT64_MIN)
    r.c_price = sbe_i64le(p + 88)
    r.e_price = x0_priceExponent
    r.c_qty = sbe_i64le(p + 96)
    r.e_qty = x0_qtyExponent
    r.c_quoteQty = sbe_i64le(p + 104)
    r.e_quoteQty = x0_priceExponent
    r.c_commission = sbe_i64le(p + 112)
    r.e_commission = x0_commissionExponent
    if ver >= 1:
        r.subscriptionId = opt_i64(sbe_u16le(p + 120), 65535)
    else:
        r.subscriptionId = None
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
    r.commissionAsset = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'sourceSymbol')
    r.sourceSymbol = v_
    st.stop = pos
    return r

cdef tuple _BF_BalanceUpdateEvent = (('eventTime', 8, 0), ('clearTime', 16, 0), ('qtyExponent', 17, 0), ('freeQtyDelta', 25, 0), ('subscriptionId', 27, 1))
cdef dict _m_BalanceUpdateEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """BalanceUpdateEvent (template 601); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of BalanceUpdateEvent', pos, bl, end - pos)
    if bl < (27 if ver >= 1 else 25):
        raise_short_block('BalanceUpdateEvent', _BF_BalanceUpdateEvent, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p + 16)
    v_eventTime = sbe_i64le(p)
    v_clearTime = opt_i64(sbe_i64le(p + 8), INT64_MIN)
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_freeQtyDelta = mant_i64(sbe_i64le(p + 17), 0, 0, x0_qtyExponent, st.dec)
    if ver >= 1:
        v_subscriptionId = opt_i64(sbe_u16le(p + 25), 65535)
    else:
        v_subscriptionId = None
    pos += bl
    v_asset = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
    d = PyDict_Copy(_T157 if st.dec == DEC_RAW else _T158)
    d['$message'] = 'BalanceUpdateEvent'
    d['eventTime'] = v_eventTime
    d['clearTime'] = v_clearTime
    if st.dec == DEC_RAW:
        d['qtyExponent'] = v_qtyExponent
    d['freeQtyDelta'] = v_freeQtyDelta
    d['subscriptionId'] = v_subscriptionId
    d['asset'] = v_asset
    st.stop = pos
    return d

cdef class BalanceUpdateEvent(Record):
    """Record of message BalanceUpdateEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_BalanceUpdateEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """BalanceUpdateEvent as a BalanceUpdateEvent record; ``pos`` is the start of the root block."""
    cdef BalanceUpdateEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of BalanceUpdateEvent', pos, bl, end - pos)
    if bl < (27 if ver >= 1 else 25):
        raise_short_block('BalanceUpdateEvent', _BF_BalanceUpdateEvent, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p + 16)
    r = BalanceUpdateEvent.__new__(BalanceUpdateEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    r.clearTime = opt_i64(sbe_i64le(p + 8), INT64_MIN)
    r.c_qtyExponent = x0_qtyExponent
    r.c_freeQtyDelta = sbe_i64le(p + 17)
    r.e_freeQtyDelta = x0_qtyExponent
    if ver >= 1:
        r.subscriptionId = opt_i64(sbe_u16le(p + 25), 65535)
    else:
        r.subscriptionId = None
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
    r.asset = v_
    st.stop = pos
    return r

cdef tuple _BF_EventStreamTerminatedEvent = (('eventTime', 8, 0), ('subscriptionId', 10, 1))
cdef dict _m_EventStreamTerminatedEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """EventStreamTerminatedEvent (template 602); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of EventStreamTerminatedEvent', pos, bl, end - pos)
    if bl < (10 if ver >= 1 else 8):
        raise_short_block('EventStreamTerminatedEvent', _BF_EventStreamTerminatedEvent, ver, bl, pos)
    p = st.buf + pos
    v_eventTime = sbe_i64le(p)
    if ver >= 1:
        v_subscriptionId = opt_i64(sbe_u16le(p + 8), 65535)
    else:
        v_subscriptionId = None
    pos += bl
    d = PyDict_Copy(_T159)
    d['$message'] = 'EventStreamTerminatedEvent'
    d['eventTime'] = v_eventTime
    d['subscriptionId'] = v_subscriptionId
    st.stop = pos
    return d

cdef class EventStreamTerminatedEvent(Record):
    """Record of message EventStreamTerminatedEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_EventStreamTerminatedEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """EventStreamTerminatedEvent as a EventStreamTerminatedEvent record; ``pos`` is the start of the root block."""
    cdef EventStreamTerminatedEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of EventStreamTerminatedEvent', pos, bl, end - pos)
    if bl < (10 if ver >= 1 else 8):
        raise_short_block('EventStreamTerminatedEvent', _BF_EventStreamTerminatedEvent, ver, bl, pos)
    p = st.buf + pos
    r = EventStreamTerminatedEvent.__new__(EventStreamTerminatedEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    if ver >= 1:
        r.subscriptionId = opt_i64(sbe_u16le(p + 8), 65535)
    else:
        r.subscriptionId = None
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_ExecutionReportEvent = (('eventTime', 8, 0), ('transactTime', 16, 0), ('priceExponent', 17, 0), ('qtyExponent', 18, 0), ('commissionExponent', 19, 0), ('orderCreationTime', 27, 0), ('workingTime', 35, 0), ('orderId', 43, 0), ('orderListId', 51, 0), ('origQty', 59, 0), ('price', 67, 0), ('origQuoteOrderQty', 75, 0), ('icebergQty', 83, 0), ('stopPrice', 91, 0), ('orderType', 92, 0), ('side', 93, 0), ('timeInForce', 94, 0), ('executionType', 95, 0), ('orderStatus', 96, 0), ('tradeId', 104, 0), ('executionId', 112, 0), ('executedQty', 120, 0), ('cummulativeQuoteQty', 128, 0), ('lastQty', 136, 0), ('lastPrice', 144, 0), ('quoteQty', 152, 0), ('commission', 160, 0), ('isWorking', 161, 0), ('isMaker', 162, 0), ('isBestMatch', 163, 0), ('matchType', 164, 0), ('selfTradePreventionMode', 165, 0), ('orderCapacity', 166, 0), ('workingFloor', 167, 0), ('usedSor', 168, 0), ('allocId', 176, 0), ('trailingDelta', 184, 0), ('trailingTime', 192, 0), ('tradeGroupId', 200, 0), ('preventedQty', 208, 0), ('lastPreventedQty', 216, 0), ('preventedMatchId', 224, 0), ('preventedExecutionQty', 232, 0), ('preventedExecutionPrice', 240, 0), ('preventedExecutionQuoteQty', 248, 0), ('strategyType', 252, 0), ('strategyId', 260, 0), ('counterOrderId', 268, 0), ('subscriptionId', 270, 1), ('pegPriceType', 271, 1), ('pegOffsetType', 272, 1), ('pegOffsetValue', 273, 1), ('peggedPrice', 281, 1), ('expiryReason', 282, 3))
cdef dict _m_ExecutionReportEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExecutionReportEvent (template 603); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    cdef int x0_commissionExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of ExecutionReportEvent', pos, bl, end - pos)
    if bl < (282 if ver >= 3 else (281 if ver >= 1 else 268)):
        raise_short_block('ExecutionReportEvent', _BF_ExecutionReportEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    x0_commissionExponent = sbe_i8(p + 18)
    v_eventTime = sbe_i64le(p)
    v_transactTime = sbe_i64le(p + 8)
    v_priceExponent = None if x0_priceExponent == EXP_NONE else x0_priceExponent
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_commissionExponent = None if x0_commissionExponent == EXP_NONE else x0_commissionExponent
    v_orderCreationTime = opt_i64(sbe_i64le(p + 19), INT64_MIN)
    v_workingTime = opt_i64(sbe_i64le(p + 27), INT64_MIN)
    v_orderId = sbe_i64le(p + 35)
    v_orderListId = opt_i64(sbe_i64le(p + 43), INT64_MIN)
    v_origQty = mant_i64(sbe_i64le(p + 51), 0, 0, x0_qtyExponent, st.dec)
    v_price = mant_i64(sbe_i64le(p + 59), 0, 0, x0_priceExponent, st.dec)
    v_origQuoteOrderQty = mant_i64(sbe_i64le(p + 67), 0, 0, x0_priceExponent, st.dec)
    v_icebergQty = mant_i64(sbe_i64le(p + 75), 0, 0, x0_qtyExponent, st.dec)
    v_stopPrice = mant_i64(sbe_i64le(p + 83), 0, 0, x0_priceExponent, st.dec)
    t_u = sbe_u8(p + 91)
    v_orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 92)
    v_side = _E_orderSide[t_u]
    t_u = sbe_u8(p + 93)
    v_timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 94)
    v_executionType = _E_executionType[t_u]
    t_u = sbe_u8(p + 95)
    v_orderStatus = _E_orderStatus[t_u]
    v_tradeId = opt_i64(sbe_i64le(p + 96), INT64_MIN)
    v_executionId = sbe_i64le(p + 104)
    v_executedQty = mant_i64(sbe_i64le(p + 112), 0, 0, x0_qtyExponent, st.dec)
    v_cummulativeQuoteQty = mant_i64(sbe_i64le(p + 120), 0, 0, x0_priceExponent, st.dec)
    v_lastQty = mant_i64(sbe_i64le(p + 128), 0, 0, x0_qtyExponent, st.dec)
    v_lastPrice = mant_i64(sbe_i64le(p + 136), 0, 0, x0_priceExponent, st.dec)
    v_quoteQty = mant_i64(sbe_i64le(p + 144), 0, 0, x0_priceExponent, st.dec)
    v_commission = mant_i64(sbe_i64le(p + 152), 0, 0, x0_commissionExponent, st.dec)
    t_u = sbe_u8(p + 160)
    v_isWorking = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 161)
    v_isMaker = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 162)
    v_isBestMatch = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 163)
    v_matchType = _E_matchType[t_u]
    t_u = sbe_u8(p + 164)
    v_selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    t_u = sbe_u8(p + 165)
    v_orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 166)
    v_workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 167)
    v_usedSor = _E_boolEnum[t_u]
    v_allocId = opt_i64(sbe_i64le(p + 168), INT64_MIN)
    v_trailingDelta = opt_u64(sbe_u64le(p + 176), UINT64_MAX)
    v_trailingTime = opt_i64(sbe_i64le(p + 184), INT64_MIN)
    v_tradeGroupId = opt_i64(sbe_i64le(p + 192), INT64_MIN)
    v_preventedQty = mant_i64(sbe_i64le(p + 200), 0, 0, x0_qtyExponent, st.dec)
    v_lastPreventedQty = mant_i64(sbe_i64le(p + 208), 1, INT64_MIN, x0_qtyExponent, st.dec)
    v_preventedMatchId = opt_i64(sbe_i64le(p + 216), INT64_MIN)
    v_preventedExecutionQty = mant_i64(sbe_i64le(p + 224), 1, INT64_MIN, x0_qtyExponent, st.dec)
    v_preventedExecutionPrice = mant_i64(sbe_i64le(p + 232), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_preventedExecutionQuoteQty = mant_i64(sbe_i64le(p + 240), 1, INT64_MIN, x0_priceExponent, st.dec)
    v_strategyType = opt_i64(sbe_i32le(p + 248), -2147483648)
    v_strategyId = opt_i64(sbe_i64le(p + 252), INT64_MIN)
    v_counterOrderId = opt_i64(sbe_i64le(p + 260), INT64_MIN)
    if ver >= 1:
        v_subscriptionId = opt_i64(sbe_u16le(p + 268), 65535)
    else:
        v_subscriptionId = None
    if ver >= 1:
        t_u = sbe_u8(p + 270)
        v_pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        v_pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 271)
        v_pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        v_pegOffsetType = None
    if ver >= 1:
        v_pegOffsetValue = opt_i64(sbe_u8(p + 272), 255)
    else:
        v_pegOffsetValue = None
    if ver >= 1:
        v_peggedPrice = mant_i64(sbe_i64le(p + 273), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        v_peggedPrice = None
    if ver >= 3:
        t_u = sbe_u8(p + 281)
        v_expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
    else:
        v_expiryReason = None
    pos += bl
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    v_origClientOrderId = var_text(st, &pos, end, 1, 0, 255, 1, 'origClientOrderId')
    v_commissionAsset = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
    v_rejectReason = var_text(st, &pos, end, 1, 0, 255, 1, 'rejectReason')
    v_counterSymbol = var_text(st, &pos, end, 1, 0, 255, 1, 'counterSymbol')
    d = PyDict_Copy(_T160 if st.dec == DEC_RAW else _T161)
    d['$message'] = 'ExecutionReportEvent'
    d['eventTime'] = v_eventTime
    d['transactTime'] = v_transactTime
    if st.dec == DEC_RAW:
        d['priceExponent'] = v_priceExponent
        d['qtyExponent'] = v_qtyExponent
        d['commissionExponent'] = v_commissionExponent
    d['orderCreationTime'] = v_orderCreationTime
    d['workingTime'] = v_workingTime
    d['orderId'] = v_orderId
    d['orderListId'] = v_orderListId
    d['origQty'] = v_origQty
    d['price'] = v_price
    d['origQuoteOrderQty'] = v_origQuoteOrderQty
    d['icebergQty'] = v_icebergQty
    d['stopPrice'] = v_stopPrice
    d['orderType'] = v_orderType
    d['side'] = v_side
    d['timeInForce'] = v_timeInForce
    d['executionType'] = v_executionType
    d['orderStatus'] = v_orderStatus
    d['tradeId'] = v_tradeId
    d['executionId'] = v_executionId
    d['executedQty'] = v_executedQty
    d['cummulativeQuoteQty'] = v_cummulativeQuoteQty
    d['lastQty'] = v_lastQty
    d['lastPrice'] = v_lastPrice
    d['quoteQty'] = v_quoteQty
    d['commission'] = v_commission
    d['isWorking'] = v_isWorking
    d['isMaker'] = v_isMaker
    d['isBestMatch'] = v_isBestMatch
    d['matchType'] = v_matchType
    d['selfTradePreventionMode'] = v_selfTradePreventionMode
    d['orderCapacity'] = v_orderCapacity
    d['workingFloor'] = v_workingFloor
    d['usedSor'] = v_usedSor
    d['allocId'] = v_allocId
    d['trailingDelta'] = v_trailingDelta
    d['trailingTime'] = v_trailingTime
    d['tradeGroupId'] = v_tradeGroupId
    d['preventedQty'] = v_preventedQty
    d['lastPreventedQty'] = v_lastPreventedQty
    d['preventedMatchId'] = v_preventedMatchId
    d['preventedExecutionQty'] = v_preventedExecutionQty
    d['preventedExecutionPrice'] = v_preventedExecutionPrice
    d['preventedExecutionQuoteQty'] = v_preventedExecutionQuoteQty
    d['strategyType'] = v_strategyType
    d['strategyId'] = v_strategyId
    d['counterOrderId'] = v_counterOrderId
    d['subscriptionId'] = v_subscriptionId
    d['pegPriceType'] = v_pegPriceType
    d['pegOffsetType'] = v_pegOffsetType
    d['pegOffsetValue'] = v_pegOffsetValue
    d['peggedPrice'] = v_peggedPrice
    d['expiryReason'] = v_expiryReason
    d['symbol'] = v_symbol
    d['clientOrderId'] = v_clientOrderId
    d['origClientOrderId'] = v_origClientOrderId
    d['commissionAsset'] = v_commissionAsset
    d['rejectReason'] = v_rejectReason
    d['counterSymbol'] = v_counterSymbol
    st.stop = pos
    return d

cdef class ExecutionReportEvent(Record):
    """Record of message ExecutionReportEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_ExecutionReportEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExecutionReportEvent as a ExecutionReportEvent record; ``pos`` is the start of the root block."""
    cdef ExecutionReportEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_priceExponent = EXP_NONE
    cdef int x0_qtyExponent = EXP_NONE
    cdef int x0_commissionExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of ExecutionReportEvent', pos, bl, end - pos)
    if bl < (282 if ver >= 3 else (281 if ver >= 1 else 268)):
        raise_short_block('ExecutionReportEvent', _BF_ExecutionReportEvent, ver, bl, pos)
    p = st.buf + pos
    x0_priceExponent = sbe_i8(p + 16)
    x0_qtyExponent = sbe_i8(p + 17)
    x0_commissionExponent = sbe_i8(p + 18)
    r = ExecutionReportEvent.__new__(ExecutionReportEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    r.transactTime = sbe_i64le(p + 8)
    r.c_priceExponent = x0_priceExponent
    r.c_qtyExponent = x0_qtyExponent
    r.c_commissionExponent = x0_commissionExponent
    r.orderCreationTime = opt_i64(sbe_i64le(p + 19), INT64_MIN)
    r.workingTime = opt_i64(sbe_i64le(p + 27), INT64_MIN)
    r.orderId = sbe_i64le(p + 35)
    r.orderListId = opt_i64(sbe_i64le(p + 43), INT64_MIN)
    r.c_origQty = sbe_i64le(p + 51)
    r.e_origQty = x0_qtyExponent
    r.c_price = sbe_i64le(p + 59)
    r.e_price = x0_priceExponent
    r.c_origQuoteOrderQty = sbe_i64le(p + 67)
    r.e_origQuoteOrderQty = x0_priceExponent
    r.c_icebergQty = sbe_i64le(p + 75)
    r.e_icebergQty = x0_qtyExponent
    r.c_stopPrice = sbe_i64le(p + 83)
    r.e_stopPrice = x0_priceExponent
    t_u = sbe_u8(p + 91)
    r.orderType = _E_orderType[t_u]
    t_u = sbe_u8(p + 92)
    r.side = _E_orderSide[t_u]
    t_u = sbe_u8(p + 93)
    r.timeInForce = _E_timeInForce[t_u]
    t_u = sbe_u8(p + 94)
    r.executionType = _E_executionType[t_u]
    t_u = sbe_u8(p + 95)
    r.orderStatus = _E_orderStatus[t_u]
    r.tradeId = opt_i64(sbe_i64le(p + 96), INT64_MIN)
    r.executionId = sbe_i64le(p + 104)
    r.c_executedQty = sbe_i64le(p + 112)
    r.e_executedQty = x0_qtyExponent
    r.c_cummulativeQuoteQty = sbe_i64le(p + 120)
    r.e_cummulativeQuoteQty = x0_priceExponent
    r.c_lastQty = sbe_i64le(p + 128)
    r.e_lastQty = x0_qtyExponent
    r.c_lastPrice = sbe_i64le(p + 136)
    r.e_lastPrice = x0_priceExponent
    r.c_quoteQty = sbe_i64le(p + 144)
    r.e_quoteQty = x0_priceExponent
    r.c_commission = sbe_i64le(p + 152)
    r.e_commission = x0_commissionExponent
    t_u = sbe_u8(p + 160)
    r.isWorking = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 161)
    r.isMaker = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 162)
    r.isBestMatch = _E_boolEnum[t_u]
    t_u = sbe_u8(p + 163)
    r.matchType = _E_matchType[t_u]
    t_u = sbe_u8(p + 164)
    r.selfTradePreventionMode = _E_selfTradePreventionMode[t_u]
    t_u = sbe_u8(p + 165)
    r.orderCapacity = _E_orderCapacity[t_u]
    t_u = sbe_u8(p + 166)
    r.workingFloor = _E_floor[t_u]
    t_u = sbe_u8(p + 167)
    r.usedSor = _E_boolEnum[t_u]
    r.allocId = opt_i64(sbe_i64le(p + 168), INT64_MIN)
    r.trailingDelta = opt_u64(sbe_u64le(p + 176), UINT64_MAX)
    r.trailingTime = opt_i64(sbe_i64le(p + 184), INT64_MIN)
    r.tradeGroupId = opt_i64(sbe_i64le(p + 192), INT64_MIN)
    r.c_preventedQty = sbe_i64le(p + 200)
    r.e_preventedQty = x0_qtyExponent
    r.c_lastPreventedQty = sbe_i64le(p + 208)
    r.e_lastPreventedQty = x0_qtyExponent
    r.preventedMatchId = opt_i64(sbe_i64le(p + 216), INT64_MIN)
    r.c_preventedExecutionQty = sbe_i64le(p + 224)
    r.e_preventedExecutionQty = x0_qtyExponent
    r.c_preventedExecutionPrice = sbe_i64le(p + 232)
    r.e_preventedExecutionPrice = x0_priceExponent
    r.c_preventedExecutionQuoteQty = sbe_i64le(p + 240)
    r.e_preventedExecutionQuoteQty = x0_priceExponent
    r.strategyType = opt_i64(sbe_i32le(p + 248), -2147483648)
    r.strategyId = opt_i64(sbe_i64le(p + 252), INT64_MIN)
    r.counterOrderId = opt_i64(sbe_i64le(p + 260), INT64_MIN)
    if ver >= 1:
        r.subscriptionId = opt_i64(sbe_u16le(p + 268), 65535)
    else:
        r.subscriptionId = None
    if ver >= 1:
        t_u = sbe_u8(p + 270)
        r.pegPriceType = None if t_u == 255 else _E_pegPriceType[t_u]
    else:
        r.pegPriceType = None
    if ver >= 1:
        t_u = sbe_u8(p + 271)
        r.pegOffsetType = None if t_u == 255 else _E_pegOffsetType[t_u]
    else:
        r.pegOffsetType = None
    if ver >= 1:
        r.pegOffsetValue = opt_i64(sbe_u8(p + 272), 255)
    else:
        r.pegOffsetValue = None
    if ver >= 1:
        r.peggedPrice = mant_i64(sbe_i64le(p + 273), 1, INT64_MIN, x0_priceExponent, st.dec)
    else:
        r.peggedPrice = None
    if ver >= 3:
        t_u = sbe_u8(p + 281)
        r.expiryReason = None if t_u == 255 else _E_expiryReason[t_u]
    else:
        r.expiryReason = None
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
    r.clientOrderId = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'origClientOrderId')
    r.origClientOrderId = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'commissionAsset')
    r.commissionAsset = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'rejectReason')
    r.rejectReason = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'counterSymbol')
    r.counterSymbol = v_
    st.stop = pos
    return r

cdef tuple _BF_ExternalLockUpdateEvent = (('eventTime', 8, 0), ('clearTime', 16, 0), ('qtyExponent', 17, 0), ('lockedQtyDelta', 25, 0), ('subscriptionId', 27, 1))
cdef dict _m_ExternalLockUpdateEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExternalLockUpdateEvent (template 604); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of ExternalLockUpdateEvent', pos, bl, end - pos)
    if bl < (27 if ver >= 1 else 25):
        raise_short_block('ExternalLockUpdateEvent', _BF_ExternalLockUpdateEvent, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p + 16)
    v_eventTime = sbe_i64le(p)
    v_clearTime = sbe_i64le(p + 8)
    v_qtyExponent = None if x0_qtyExponent == EXP_NONE else x0_qtyExponent
    v_lockedQtyDelta = mant_i64(sbe_i64le(p + 17), 0, 0, x0_qtyExponent, st.dec)
    if ver >= 1:
        v_subscriptionId = opt_i64(sbe_u16le(p + 25), 65535)
    else:
        v_subscriptionId = None
    pos += bl
    v_asset = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
    d = PyDict_Copy(_T162 if st.dec == DEC_RAW else _T163)
    d['$message'] = 'ExternalLockUpdateEvent'
    d['eventTime'] = v_eventTime
    d['clearTime'] = v_clearTime
    if st.dec == DEC_RAW:
        d['qtyExponent'] = v_qtyExponent
    d['lockedQtyDelta'] = v_lockedQtyDelta
    d['subscriptionId'] = v_subscriptionId
    d['asset'] = v_asset
    st.stop = pos
    return d

cdef class ExternalLockUpdateEvent(Record):
    """Record of message ExternalLockUpdateEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_ExternalLockUpdateEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ExternalLockUpdateEvent as a ExternalLockUpdateEvent record; ``pos`` is the start of the root block."""
    cdef ExternalLockUpdateEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x0_qtyExponent = EXP_NONE
    if pos + bl > end:
        raise_truncated('root block of ExternalLockUpdateEvent', pos, bl, end - pos)
    if bl < (27 if ver >= 1 else 25):
        raise_short_block('ExternalLockUpdateEvent', _BF_ExternalLockUpdateEvent, ver, bl, pos)
    p = st.buf + pos
    x0_qtyExponent = sbe_i8(p + 16)
    r = ExternalLockUpdateEvent.__new__(ExternalLockUpdateEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    r.clearTime = sbe_i64le(p + 8)
    r.c_qtyExponent = x0_qtyExponent
    r.c_lockedQtyDelta = sbe_i64le(p + 17)
    r.e_lockedQtyDelta = x0_qtyExponent
    if ver >= 1:
        r.subscriptionId = opt_i64(sbe_u16le(p + 25), 65535)
    else:
        r.subscriptionId = None
    pos += bl
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
    r.asset = v_
    st.stop = pos
    return r

cdef tuple _BF_ListStatusEvent = (('eventTime', 8, 0), ('transactTime', 16, 0), ('orderListId', 24, 0), ('contingencyType', 25, 0), ('listStatusType', 26, 0), ('listOrderStatus', 27, 0), ('subscriptionId', 29, 1))
cdef dict _m_ListStatusEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ListStatusEvent (template 606); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ListStatusEvent', pos, bl, end - pos)
    if bl < (29 if ver >= 1 else 27):
        raise_short_block('ListStatusEvent', _BF_ListStatusEvent, ver, bl, pos)
    p = st.buf + pos
    v_eventTime = sbe_i64le(p)
    v_transactTime = sbe_i64le(p + 8)
    v_orderListId = sbe_i64le(p + 16)
    t_u = sbe_u8(p + 24)
    v_contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 25)
    v_listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 26)
    v_listOrderStatus = _E_listOrderStatus[t_u]
    if ver >= 1:
        v_subscriptionId = opt_i64(sbe_u16le(p + 27), 65535)
    else:
        v_subscriptionId = None
    pos += bl
    v_orders = _g_ListStatusEvent__orders(st, &pos, end, ver)
    v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    v_listClientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    v_rejectReason = var_text(st, &pos, end, 1, 0, 255, 1, 'rejectReason')
    d = PyDict_Copy(_T164)
    d['$message'] = 'ListStatusEvent'
    d['eventTime'] = v_eventTime
    d['transactTime'] = v_transactTime
    d['orderListId'] = v_orderListId
    d['contingencyType'] = v_contingencyType
    d['listStatusType'] = v_listStatusType
    d['listOrderStatus'] = v_listOrderStatus
    d['subscriptionId'] = v_subscriptionId
    d['orders'] = v_orders
    d['symbol'] = v_symbol
    d['listClientOrderId'] = v_listClientOrderId
    d['rejectReason'] = v_rejectReason
    st.stop = pos
    return d

cdef tuple _BF_ListStatusEvent__orders = (('orderId', 8, 0),)
cdef GroupSpec _GS_ListStatusEvent__orders
cdef object _nf_ListStatusEvent__orders(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group orders as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    out = new_rows(_GS_ListStatusEvent__orders, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            memcpy(q + 0, p + 0, 8)
    return out

cdef object _g_ListStatusEvent__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_ListStatusEvent__orders, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            pos += bl
            v_symbol = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            v_clientOrderId = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T106)
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            else:
                v_orderId = sbe_i64le(p)
                e = PyDict_Copy(_T110)
                e['orderId'] = v_orderId
                e['symbol'] = v_symbol
                e['clientOrderId'] = v_clientOrderId
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_ListStatusEvent__orders, _nf_ListStatusEvent__orders(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_ListStatusEvent__orders, fixed, bl, n, ver, (), rows)
    return rows

cdef class ListStatusEvent(Record):
    """Record of message ListStatusEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_ListStatusEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ListStatusEvent as a ListStatusEvent record; ``pos`` is the start of the root block."""
    cdef ListStatusEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ListStatusEvent', pos, bl, end - pos)
    if bl < (29 if ver >= 1 else 27):
        raise_short_block('ListStatusEvent', _BF_ListStatusEvent, ver, bl, pos)
    p = st.buf + pos
    r = ListStatusEvent.__new__(ListStatusEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    r.transactTime = sbe_i64le(p + 8)
    r.orderListId = sbe_i64le(p + 16)
    t_u = sbe_u8(p + 24)
    r.contingencyType = _E_contingencyType[t_u]
    t_u = sbe_u8(p + 25)
    r.listStatusType = _E_listStatusType[t_u]
    t_u = sbe_u8(p + 26)
    r.listOrderStatus = _E_listOrderStatus[t_u]
    if ver >= 1:
        r.subscriptionId = opt_i64(sbe_u16le(p + 27), 65535)
    else:
        r.subscriptionId = None
    pos += bl
    r.orders = _gr_ListStatusEvent__orders(st, &pos, end, ver) if st.grp == GRP_LIST else _g_ListStatusEvent__orders(st, &pos, end, ver)
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
    r.symbol = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'listClientOrderId')
    r.listClientOrderId = v_
    v_ = var_text(st, &pos, end, 1, 0, 255, 1, 'rejectReason')
    r.rejectReason = v_
    st.stop = pos
    return r

cdef class ListStatusEvent_orders(Record):
    """Record of entry of group orders; ``to_dict()`` gives the dict form."""


cdef list _gr_ListStatusEvent__orders(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group orders as a list of ListStatusEvent_orders records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef ListStatusEvent_orders e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 4 > end:
        raise_truncated_in('orders', "dimension of group 'orders'", pos, 4, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u16le(st.buf + pos + 2)
    pos += 4
    check_count('orders', n, 65535, bl + 2, pos, end - pos)
    if bl < 8:
        raise_short_block('group orders', _BF_ListStatusEvent__orders, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'orders'", pos, bl, end - pos)
            p = st.buf + pos
            e = ListStatusEvent_orders.__new__(ListStatusEvent_orders)
            e._dec = st.dec
            e.orderId = sbe_i64le(p)
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'symbol')
            e.symbol = v_
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'clientOrderId')
            e.clientOrderId = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('orders')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_OutboundAccountPositionEvent = (('eventTime', 8, 0), ('updateTime', 16, 0), ('subscriptionId', 18, 1))
cdef dict _m_OutboundAccountPositionEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OutboundAccountPositionEvent (template 607); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OutboundAccountPositionEvent', pos, bl, end - pos)
    if bl < (18 if ver >= 1 else 16):
        raise_short_block('OutboundAccountPositionEvent', _BF_OutboundAccountPositionEvent, ver, bl, pos)
    p = st.buf + pos
    v_eventTime = sbe_i64le(p)
    v_updateTime = sbe_i64le(p + 8)
    if ver >= 1:
        v_subscriptionId = opt_i64(sbe_u16le(p + 16), 65535)
    else:
        v_subscriptionId = None
    pos += bl
    v_balances = _g_OutboundAccountPositionEvent__balances(st, &pos, end, ver)
    d = PyDict_Copy(_T165)
    d['$message'] = 'OutboundAccountPositionEvent'
    d['eventTime'] = v_eventTime
    d['updateTime'] = v_updateTime
    d['subscriptionId'] = v_subscriptionId
    d['balances'] = v_balances
    st.stop = pos
    return d

cdef tuple _BF_OutboundAccountPositionEvent__balances = (('exponent', 1, 0), ('free', 9, 0), ('locked', 17, 0))
cdef GroupSpec _GS_OutboundAccountPositionEvent__balances
cdef object _nf_OutboundAccountPositionEvent__balances(State *st, const uint8_t *src, Py_ssize_t stride, Py_ssize_t n, int ver):
    """Group balances as a packed numpy copy, filled by one C loop (entries at ``src``, ``stride`` bytes apart)."""
    cdef char *o
    cdef char *q
    cdef const uint8_t *p
    cdef Py_ssize_t i
    cdef int64_t t_i, t_j
    cdef uint64_t t_u, t_v
    cdef int l_exponent
    out = new_rows(_GS_OutboundAccountPositionEvent__balances, st.dec, ver, n, &o)
    if st.dec == DEC_FLOAT:
        for i in range(n):
            p = src + i * stride
            q = o + i * 24
            l_exponent = sbe_i8(p + 0)
            t_i = sbe_i64le(p + 1)
            sbe_put_f64(q + 0, (SBE_NAN if l_exponent == EXP_NONE else sbe_scale_i64(t_i, l_exponent)))
            t_i = sbe_i64le(p + 9)
            sbe_put_f64(q + 8, (SBE_NAN if l_exponent == EXP_NONE else sbe_scale_i64(t_i, l_exponent)))
    else:
        for i in range(n):
            p = src + i * stride
            q = o + i * 25
            memcpy(q + 0, p + 0, 1)
            memcpy(q + 1, p + 1, 8)
            memcpy(q + 9, p + 9, 8)
    return out

cdef object _g_OutboundAccountPositionEvent__balances(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group balances: dimension, then entries; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_exponent = EXP_NONE
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    cdef bytearray fixed = None
    cdef char *fx = NULL
    if pos + 6 > end:
        raise_truncated_in('balances', "dimension of group 'balances'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('balances', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 17:
        raise_short_block('group balances', _BF_OutboundAccountPositionEvent__balances, ver, bl, pos)
    if st.grp == GRP_NUMPY:
        fixed = bytearray(n * bl)
        fx = PyByteArray_AS_STRING(fixed)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'balances'", pos, bl, end - pos)
            p = st.buf + pos
            x1_exponent = sbe_i8(p)
            pos += bl
            v_asset = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
            if st.grp == GRP_NUMPY:
                memcpy(fx + i * bl, p, bl)
                e = PyDict_Copy(_T134)
                e['asset'] = v_asset
            else:
                v_exponent = None if x1_exponent == EXP_NONE else x1_exponent
                v_free = mant_i64(sbe_i64le(p + 1), 0, 0, x1_exponent, st.dec)
                v_locked = mant_i64(sbe_i64le(p + 9), 0, 0, x1_exponent, st.dec)
                e = PyDict_Copy(_T135 if st.dec == DEC_RAW else _T136)
                if st.dec == DEC_RAW:
                    e['exponent'] = v_exponent
                e['free'] = v_free
                e['locked'] = v_locked
                e['asset'] = v_asset
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('balances')
        raise
    ppos[0] = pos
    if st.grp == GRP_NUMPY:
        if st.dec != DEC_DECIMAL:
            return object_columns(_GS_OutboundAccountPositionEvent__balances, _nf_OutboundAccountPositionEvent__balances(st, <const uint8_t *>fx, bl, n, ver), rows)
        return mixed_group_numpy(st, _GS_OutboundAccountPositionEvent__balances, fixed, bl, n, ver, (), rows)
    return rows

cdef class OutboundAccountPositionEvent(Record):
    """Record of message OutboundAccountPositionEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_OutboundAccountPositionEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """OutboundAccountPositionEvent as a OutboundAccountPositionEvent record; ``pos`` is the start of the root block."""
    cdef OutboundAccountPositionEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of OutboundAccountPositionEvent', pos, bl, end - pos)
    if bl < (18 if ver >= 1 else 16):
        raise_short_block('OutboundAccountPositionEvent', _BF_OutboundAccountPositionEvent, ver, bl, pos)
    p = st.buf + pos
    r = OutboundAccountPositionEvent.__new__(OutboundAccountPositionEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    r.updateTime = sbe_i64le(p + 8)
    if ver >= 1:
        r.subscriptionId = opt_i64(sbe_u16le(p + 16), 65535)
    else:
        r.subscriptionId = None
    pos += bl
    r.balances = _gr_OutboundAccountPositionEvent__balances(st, &pos, end, ver) if st.grp == GRP_LIST else _g_OutboundAccountPositionEvent__balances(st, &pos, end, ver)
    st.stop = pos
    return r

cdef class OutboundAccountPositionEvent_balances(Record):
    """Record of entry of group balances; ``to_dict()`` gives the dict form."""


cdef list _gr_OutboundAccountPositionEvent__balances(State *st, Py_ssize_t *ppos, Py_ssize_t end, int ver):
    """Group balances as a list of OutboundAccountPositionEvent_balances records; advances *ppos."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    cdef int x1_exponent = EXP_NONE
    cdef OutboundAccountPositionEvent_balances e
    cdef Py_ssize_t pos = ppos[0]
    cdef Py_ssize_t bl, n, i = 0
    cdef list rows
    if pos + 6 > end:
        raise_truncated_in('balances', "dimension of group 'balances'", pos, 6, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    n = sbe_u32le(st.buf + pos + 2)
    pos += 6
    check_count('balances', n, 2147483647, bl + 1, pos, end - pos)
    if bl < 17:
        raise_short_block('group balances', _BF_OutboundAccountPositionEvent__balances, ver, bl, pos)
    rows = PyList_New(n)
    try:
        for i in range(n):
            if pos + bl > end:
                raise_truncated("entry of group 'balances'", pos, bl, end - pos)
            p = st.buf + pos
            x1_exponent = sbe_i8(p)
            e = OutboundAccountPositionEvent_balances.__new__(OutboundAccountPositionEvent_balances)
            e._dec = st.dec
            e.c_exponent = x1_exponent
            e.c_free = sbe_i64le(p + 1)
            e.e_free = x1_exponent
            e.c_locked = sbe_i64le(p + 9)
            e.e_locked = x1_exponent
            pos += bl
            v_ = var_text(st, &pos, end, 1, 0, 255, 0, 'asset')
            e.asset = v_
            Py_INCREF(e)
            PyList_SET_ITEM(rows, i, e)
    except DecodeError as err:
        err._prepend('[%d]' % i)
        err._prepend('balances')
        raise
    ppos[0] = pos
    return rows

cdef tuple _BF_ServerShutdownEvent = (('eventTime', 8, 0),)
cdef dict _m_ServerShutdownEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ServerShutdownEvent (template 610); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ServerShutdownEvent', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ServerShutdownEvent', _BF_ServerShutdownEvent, ver, bl, pos)
    p = st.buf + pos
    v_eventTime = sbe_i64le(p)
    pos += bl
    d = PyDict_Copy(_T166)
    d['$message'] = 'ServerShutdownEvent'
    d['eventTime'] = v_eventTime
    st.stop = pos
    return d

cdef class ServerShutdownEvent(Record):
    """Record of message ServerShutdownEvent; ``to_dict()`` gives the dict form."""


cdef object _mr_ServerShutdownEvent(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """ServerShutdownEvent as a ServerShutdownEvent record; ``pos`` is the start of the root block."""
    cdef ServerShutdownEvent r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of ServerShutdownEvent', pos, bl, end - pos)
    if bl < 8:
        raise_short_block('ServerShutdownEvent', _BF_ServerShutdownEvent, ver, bl, pos)
    p = st.buf + pos
    r = ServerShutdownEvent.__new__(ServerShutdownEvent)
    r._dec = st.dec
    r.eventTime = sbe_i64le(p)
    pos += bl
    st.stop = pos
    return r

cdef tuple _BF_NonRepresentableMessage = ()
cdef dict _m_NonRepresentableMessage(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NonRepresentableMessage (template 999); ``pos`` is the start of the root block."""
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of NonRepresentableMessage', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('NonRepresentableMessage', _BF_NonRepresentableMessage, ver, bl, pos)
    p = st.buf + pos
    pos += bl
    d = PyDict_Copy(_T32)
    d['$message'] = 'NonRepresentableMessage'
    st.stop = pos
    return d

cdef class NonRepresentableMessage(Record):
    """Record of message NonRepresentableMessage; ``to_dict()`` gives the dict form."""


cdef object _mr_NonRepresentableMessage(State *st, Py_ssize_t pos, Py_ssize_t bl, int ver, Py_ssize_t end):
    """NonRepresentableMessage as a NonRepresentableMessage record; ``pos`` is the start of the root block."""
    cdef NonRepresentableMessage r
    cdef const uint8_t *p
    cdef uint64_t t_u
    cdef int64_t t_i
    cdef double t_d
    cdef Py_ssize_t n_
    if pos + bl > end:
        raise_truncated('root block of NonRepresentableMessage', pos, bl, end - pos)
    if bl < 0:
        raise_short_block('NonRepresentableMessage', _BF_NonRepresentableMessage, ver, bl, pos)
    p = st.buf + pos
    r = NonRepresentableMessage.__new__(NonRepresentableMessage)
    r._dec = st.dec
    pos += bl
    st.stop = pos
    return r

cdef Py_ssize_t _newer_count = 0
cdef int _newest_seen = -1

cdef object _dispatch(State *st, Py_ssize_t pos, Py_ssize_t end):
    """Decode the message whose header starts at ``pos`` (top level or nested)."""
    global _newer_count, _newest_seen
    cdef Py_ssize_t bl
    cdef int tid, sid, ver
    if pos + 8 > end:
        raise_truncated('message header', pos, 8, end - pos)
    bl = sbe_u16le(st.buf + pos + 0)
    tid = sbe_u16le(st.buf + pos + 2)
    sid = sbe_u16le(st.buf + pos + 4)
    ver = sbe_u16le(st.buf + pos + 6)
    if sid != 3:
        raise SchemaMismatchError(f'schemaId {sid} (template {tid}) at offset {pos} is not spot_sbe schema 3', offset=pos, schema_id=sid)
    if ver > 5:
        _newer_count += 1
        if ver > _newest_seen: _newest_seen = ver
    pos += 8
    if tid == 1:
        if st.out == OUT_RECORD:
            return _mr_PriceFilter(st, pos, bl, ver, end)
        return _m_PriceFilter(st, pos, bl, ver, end)
    elif tid == 2:
        if st.out == OUT_RECORD:
            return _mr_PercentPriceFilter(st, pos, bl, ver, end)
        return _m_PercentPriceFilter(st, pos, bl, ver, end)
    elif tid == 3:
        if st.out == OUT_RECORD:
            return _mr_PercentPriceBySideFilter(st, pos, bl, ver, end)
        return _m_PercentPriceBySideFilter(st, pos, bl, ver, end)
    elif tid == 4:
        if st.out == OUT_RECORD:
            return _mr_LotSizeFilter(st, pos, bl, ver, end)
        return _m_LotSizeFilter(st, pos, bl, ver, end)
    elif tid == 5:
        if st.out == OUT_RECORD:
            return _mr_MinNotionalFilter(st, pos, bl, ver, end)
        return _m_MinNotionalFilter(st, pos, bl, ver, end)
    elif tid == 6:
        if st.out == OUT_RECORD:
            return _mr_NotionalFilter(st, pos, bl, ver, end)
        return _m_NotionalFilter(st, pos, bl, ver, end)
    elif tid == 7:
        if st.out == OUT_RECORD:
            return _mr_IcebergPartsFilter(st, pos, bl, ver, end)
        return _m_IcebergPartsFilter(st, pos, bl, ver, end)
    elif tid == 8:
        if st.out == OUT_RECORD:
            return _mr_MarketLotSizeFilter(st, pos, bl, ver, end)
        return _m_MarketLotSizeFilter(st, pos, bl, ver, end)
    elif tid == 9:
        if st.out == OUT_RECORD:
            return _mr_MaxNumOrdersFilter(st, pos, bl, ver, end)
        return _m_MaxNumOrdersFilter(st, pos, bl, ver, end)
    elif tid == 10:
        if st.out == OUT_RECORD:
            return _mr_MaxNumAlgoOrdersFilter(st, pos, bl, ver, end)
        return _m_MaxNumAlgoOrdersFilter(st, pos, bl, ver, end)
    elif tid == 11:
        if st.out == OUT_RECORD:
            return _mr_MaxNumIcebergOrdersFilter(st, pos, bl, ver, end)
        return _m_MaxNumIcebergOrdersFilter(st, pos, bl, ver, end)
    elif tid == 12:
        if st.out == OUT_RECORD:
            return _mr_MaxPositionFilter(st, pos, bl, ver, end)
        return _m_MaxPositionFilter(st, pos, bl, ver, end)
    elif tid == 13:
        if st.out == OUT_RECORD:
            return _mr_TrailingDeltaFilter(st, pos, bl, ver, end)
        return _m_TrailingDeltaFilter(st, pos, bl, ver, end)
    elif tid == 14:
        if st.out == OUT_RECORD:
            return _mr_TPlusSellFilter(st, pos, bl, ver, end)
        return _m_TPlusSellFilter(st, pos, bl, ver, end)
    elif tid == 18:
        if st.out == OUT_RECORD:
            return _mr_MaxNumOrderListsFilter(st, pos, bl, ver, end)
        return _m_MaxNumOrderListsFilter(st, pos, bl, ver, end)
    elif tid == 20:
        if st.out == OUT_RECORD:
            return _mr_MaxNumOrderAmendsFilter(st, pos, bl, ver, end)
        return _m_MaxNumOrderAmendsFilter(st, pos, bl, ver, end)
    elif tid == 15:
        if st.out == OUT_RECORD:
            return _mr_ExchangeMaxNumOrdersFilter(st, pos, bl, ver, end)
        return _m_ExchangeMaxNumOrdersFilter(st, pos, bl, ver, end)
    elif tid == 16:
        if st.out == OUT_RECORD:
            return _mr_ExchangeMaxNumAlgoOrdersFilter(st, pos, bl, ver, end)
        return _m_ExchangeMaxNumAlgoOrdersFilter(st, pos, bl, ver, end)
    elif tid == 17:
        if st.out == OUT_RECORD:
            return _mr_ExchangeMaxNumIcebergOrdersFilter(st, pos, bl, ver, end)
        return _m_ExchangeMaxNumIcebergOrdersFilter(st, pos, bl, ver, end)
    elif tid == 19:
        if st.out == OUT_RECORD:
            return _mr_ExchangeMaxNumOrderListsFilter(st, pos, bl, ver, end)
        return _m_ExchangeMaxNumOrderListsFilter(st, pos, bl, ver, end)
    elif tid == 21:
        if st.out == OUT_RECORD:
            return _mr_MaxAssetFilter(st, pos, bl, ver, end)
        return _m_MaxAssetFilter(st, pos, bl, ver, end)
    elif tid == 22:
        if st.out == OUT_RECORD:
            return _mr_PriceRangeExecutionRule(st, pos, bl, ver, end)
        return _m_PriceRangeExecutionRule(st, pos, bl, ver, end)
    elif tid == 50:
        if st.out == OUT_RECORD:
            return _mr_WebSocketResponse(st, pos, bl, ver, end)
        return _m_WebSocketResponse(st, pos, bl, ver, end)
    elif tid == 51:
        if st.out == OUT_RECORD:
            return _mr_WebSocketSessionLogonResponse(st, pos, bl, ver, end)
        return _m_WebSocketSessionLogonResponse(st, pos, bl, ver, end)
    elif tid == 52:
        if st.out == OUT_RECORD:
            return _mr_WebSocketSessionStatusResponse(st, pos, bl, ver, end)
        return _m_WebSocketSessionStatusResponse(st, pos, bl, ver, end)
    elif tid == 53:
        if st.out == OUT_RECORD:
            return _mr_WebSocketSessionLogoutResponse(st, pos, bl, ver, end)
        return _m_WebSocketSessionLogoutResponse(st, pos, bl, ver, end)
    elif tid == 54:
        if st.out == OUT_RECORD:
            return _mr_WebSocketSessionSubscriptionsResponse(st, pos, bl, ver, end)
        return _m_WebSocketSessionSubscriptionsResponse(st, pos, bl, ver, end)
    elif tid == 100:
        if st.out == OUT_RECORD:
            return _mr_ErrorResponse(st, pos, bl, ver, end)
        return _m_ErrorResponse(st, pos, bl, ver, end)
    elif tid == 101:
        if st.out == OUT_RECORD:
            return _mr_PingResponse(st, pos, bl, ver, end)
        return _m_PingResponse(st, pos, bl, ver, end)
    elif tid == 102:
        if st.out == OUT_RECORD:
            return _mr_ServerTimeResponse(st, pos, bl, ver, end)
        return _m_ServerTimeResponse(st, pos, bl, ver, end)
    elif tid == 103:
        if st.out == OUT_RECORD:
            return _mr_ExchangeInfoResponse(st, pos, bl, ver, end)
        return _m_ExchangeInfoResponse(st, pos, bl, ver, end)
    elif tid == 104:
        if st.out == OUT_RECORD:
            return _mr_ExecutionRulesResponse(st, pos, bl, ver, end)
        return _m_ExecutionRulesResponse(st, pos, bl, ver, end)
    elif tid == 105:
        if st.out == OUT_RECORD:
            return _mr_MyFiltersResponse(st, pos, bl, ver, end)
        return _m_MyFiltersResponse(st, pos, bl, ver, end)
    elif tid == 200:
        if st.out == OUT_RECORD:
            return _mr_DepthResponse(st, pos, bl, ver, end)
        return _m_DepthResponse(st, pos, bl, ver, end)
    elif tid == 201:
        if st.out == OUT_RECORD:
            return _mr_TradesResponse(st, pos, bl, ver, end)
        return _m_TradesResponse(st, pos, bl, ver, end)
    elif tid == 202:
        if st.out == OUT_RECORD:
            return _mr_AggTradesResponse(st, pos, bl, ver, end)
        return _m_AggTradesResponse(st, pos, bl, ver, end)
    elif tid == 203:
        if st.out == OUT_RECORD:
            return _mr_KlinesResponse(st, pos, bl, ver, end)
        return _m_KlinesResponse(st, pos, bl, ver, end)
    elif tid == 204:
        if st.out == OUT_RECORD:
            return _mr_AveragePriceResponse(st, pos, bl, ver, end)
        return _m_AveragePriceResponse(st, pos, bl, ver, end)
    elif tid == 205:
        if st.out == OUT_RECORD:
            return _mr_Ticker24hSymbolFullResponse(st, pos, bl, ver, end)
        return _m_Ticker24hSymbolFullResponse(st, pos, bl, ver, end)
    elif tid == 206:
        if st.out == OUT_RECORD:
            return _mr_Ticker24hFullResponse(st, pos, bl, ver, end)
        return _m_Ticker24hFullResponse(st, pos, bl, ver, end)
    elif tid == 207:
        if st.out == OUT_RECORD:
            return _mr_Ticker24hSymbolMiniResponse(st, pos, bl, ver, end)
        return _m_Ticker24hSymbolMiniResponse(st, pos, bl, ver, end)
    elif tid == 208:
        if st.out == OUT_RECORD:
            return _mr_Ticker24hMiniResponse(st, pos, bl, ver, end)
        return _m_Ticker24hMiniResponse(st, pos, bl, ver, end)
    elif tid == 209:
        if st.out == OUT_RECORD:
            return _mr_PriceTickerSymbolResponse(st, pos, bl, ver, end)
        return _m_PriceTickerSymbolResponse(st, pos, bl, ver, end)
    elif tid == 210:
        if st.out == OUT_RECORD:
            return _mr_PriceTickerResponse(st, pos, bl, ver, end)
        return _m_PriceTickerResponse(st, pos, bl, ver, end)
    elif tid == 211:
        if st.out == OUT_RECORD:
            return _mr_BookTickerSymbolResponse(st, pos, bl, ver, end)
        return _m_BookTickerSymbolResponse(st, pos, bl, ver, end)
    elif tid == 212:
        if st.out == OUT_RECORD:
            return _mr_BookTickerResponse(st, pos, bl, ver, end)
        return _m_BookTickerResponse(st, pos, bl, ver, end)
    elif tid == 213:
        if st.out == OUT_RECORD:
            return _mr_TickerSymbolFullResponse(st, pos, bl, ver, end)
        return _m_TickerSymbolFullResponse(st, pos, bl, ver, end)
    elif tid == 214:
        if st.out == OUT_RECORD:
            return _mr_TickerFullResponse(st, pos, bl, ver, end)
        return _m_TickerFullResponse(st, pos, bl, ver, end)
    elif tid == 215:
        if st.out == OUT_RECORD:
            return _mr_TickerSymbolMiniResponse(st, pos, bl, ver, end)
        return _m_TickerSymbolMiniResponse(st, pos, bl, ver, end)
    elif tid == 216:
        if st.out == OUT_RECORD:
            return _mr_TickerMiniResponse(st, pos, bl, ver, end)
        return _m_TickerMiniResponse(st, pos, bl, ver, end)
    elif tid == 217:
        if st.out == OUT_RECORD:
            return _mr_ReferencePriceResponse(st, pos, bl, ver, end)
        return _m_ReferencePriceResponse(st, pos, bl, ver, end)
    elif tid == 218:
        if st.out == OUT_RECORD:
            return _mr_ReferencePriceCalculationResponse(st, pos, bl, ver, end)
        return _m_ReferencePriceCalculationResponse(st, pos, bl, ver, end)
    elif tid == 219:
        if st.out == OUT_RECORD:
            return _mr_BlockTradesResponse(st, pos, bl, ver, end)
        return _m_BlockTradesResponse(st, pos, bl, ver, end)
    elif tid == 300:
        if st.out == OUT_RECORD:
            return _mr_NewOrderAckResponse(st, pos, bl, ver, end)
        return _m_NewOrderAckResponse(st, pos, bl, ver, end)
    elif tid == 301:
        if st.out == OUT_RECORD:
            return _mr_NewOrderResultResponse(st, pos, bl, ver, end)
        return _m_NewOrderResultResponse(st, pos, bl, ver, end)
    elif tid == 302:
        if st.out == OUT_RECORD:
            return _mr_NewOrderFullResponse(st, pos, bl, ver, end)
        return _m_NewOrderFullResponse(st, pos, bl, ver, end)
    elif tid == 303:
        if st.out == OUT_RECORD:
            return _mr_OrderTestResponse(st, pos, bl, ver, end)
        return _m_OrderTestResponse(st, pos, bl, ver, end)
    elif tid == 304:
        if st.out == OUT_RECORD:
            return _mr_OrderResponse(st, pos, bl, ver, end)
        return _m_OrderResponse(st, pos, bl, ver, end)
    elif tid == 305:
        if st.out == OUT_RECORD:
            return _mr_CancelOrderResponse(st, pos, bl, ver, end)
        return _m_CancelOrderResponse(st, pos, bl, ver, end)
    elif tid == 306:
        if st.out == OUT_RECORD:
            return _mr_CancelOpenOrdersResponse(st, pos, bl, ver, end)
        return _m_CancelOpenOrdersResponse(st, pos, bl, ver, end)
    elif tid == 307:
        if st.out == OUT_RECORD:
            return _mr_CancelReplaceOrderResponse(st, pos, bl, ver, end)
        return _m_CancelReplaceOrderResponse(st, pos, bl, ver, end)
    elif tid == 308:
        if st.out == OUT_RECORD:
            return _mr_OrdersResponse(st, pos, bl, ver, end)
        return _m_OrdersResponse(st, pos, bl, ver, end)
    elif tid == 309:
        if st.out == OUT_RECORD:
            return _mr_NewOrderListAckResponse(st, pos, bl, ver, end)
        return _m_NewOrderListAckResponse(st, pos, bl, ver, end)
    elif tid == 310:
        if st.out == OUT_RECORD:
            return _mr_NewOrderListResultResponse(st, pos, bl, ver, end)
        return _m_NewOrderListResultResponse(st, pos, bl, ver, end)
    elif tid == 311:
        if st.out == OUT_RECORD:
            return _mr_NewOrderListFullResponse(st, pos, bl, ver, end)
        return _m_NewOrderListFullResponse(st, pos, bl, ver, end)
    elif tid == 312:
        if st.out == OUT_RECORD:
            return _mr_CancelOrderListResponse(st, pos, bl, ver, end)
        return _m_CancelOrderListResponse(st, pos, bl, ver, end)
    elif tid == 313:
        if st.out == OUT_RECORD:
            return _mr_OrderListResponse(st, pos, bl, ver, end)
        return _m_OrderListResponse(st, pos, bl, ver, end)
    elif tid == 314:
        if st.out == OUT_RECORD:
            return _mr_OrderListsResponse(st, pos, bl, ver, end)
        return _m_OrderListsResponse(st, pos, bl, ver, end)
    elif tid == 315:
        if st.out == OUT_RECORD:
            return _mr_OrderTestWithCommissionsResponse(st, pos, bl, ver, end)
        return _m_OrderTestWithCommissionsResponse(st, pos, bl, ver, end)
    elif tid == 316:
        if st.out == OUT_RECORD:
            return _mr_OrderAmendmentsResponse(st, pos, bl, ver, end)
        return _m_OrderAmendmentsResponse(st, pos, bl, ver, end)
    elif tid == 317:
        if st.out == OUT_RECORD:
            return _mr_OrderAmendKeepPriorityResponse(st, pos, bl, ver, end)
        return _m_OrderAmendKeepPriorityResponse(st, pos, bl, ver, end)
    elif tid == 400:
        if st.out == OUT_RECORD:
            return _mr_AccountResponse(st, pos, bl, ver, end)
        return _m_AccountResponse(st, pos, bl, ver, end)
    elif tid == 401:
        if st.out == OUT_RECORD:
            return _mr_AccountTradesResponse(st, pos, bl, ver, end)
        return _m_AccountTradesResponse(st, pos, bl, ver, end)
    elif tid == 402:
        if st.out == OUT_RECORD:
            return _mr_AccountOrderRateLimitResponse(st, pos, bl, ver, end)
        return _m_AccountOrderRateLimitResponse(st, pos, bl, ver, end)
    elif tid == 403:
        if st.out == OUT_RECORD:
            return _mr_AccountPreventedMatchesResponse(st, pos, bl, ver, end)
        return _m_AccountPreventedMatchesResponse(st, pos, bl, ver, end)
    elif tid == 404:
        if st.out == OUT_RECORD:
            return _mr_AccountAllocationsResponse(st, pos, bl, ver, end)
        return _m_AccountAllocationsResponse(st, pos, bl, ver, end)
    elif tid == 405:
        if st.out == OUT_RECORD:
            return _mr_AccountCommissionResponse(st, pos, bl, ver, end)
        return _m_AccountCommissionResponse(st, pos, bl, ver, end)
    elif tid == 500:
        if st.out == OUT_RECORD:
            return _mr_UserDataStreamStartResponse(st, pos, bl, ver, end)
        return _m_UserDataStreamStartResponse(st, pos, bl, ver, end)
    elif tid == 501:
        if st.out == OUT_RECORD:
            return _mr_UserDataStreamPingResponse(st, pos, bl, ver, end)
        return _m_UserDataStreamPingResponse(st, pos, bl, ver, end)
    elif tid == 502:
        if st.out == OUT_RECORD:
            return _mr_UserDataStreamStopResponse(st, pos, bl, ver, end)
        return _m_UserDataStreamStopResponse(st, pos, bl, ver, end)
    elif tid == 503:
        if st.out == OUT_RECORD:
            return _mr_UserDataStreamSubscribeResponse(st, pos, bl, ver, end)
        return _m_UserDataStreamSubscribeResponse(st, pos, bl, ver, end)
    elif tid == 504:
        if st.out == OUT_RECORD:
            return _mr_UserDataStreamUnsubscribeResponse(st, pos, bl, ver, end)
        return _m_UserDataStreamUnsubscribeResponse(st, pos, bl, ver, end)
    elif tid == 505:
        if st.out == OUT_RECORD:
            return _mr_UserDataStreamSubscribeListenTokenResponse(st, pos, bl, ver, end)
        return _m_UserDataStreamSubscribeListenTokenResponse(st, pos, bl, ver, end)
    elif tid == 600:
        if st.out == OUT_RECORD:
            return _mr_AllocationReportEvent(st, pos, bl, ver, end)
        return _m_AllocationReportEvent(st, pos, bl, ver, end)
    elif tid == 601:
        if st.out == OUT_RECORD:
            return _mr_BalanceUpdateEvent(st, pos, bl, ver, end)
        return _m_BalanceUpdateEvent(st, pos, bl, ver, end)
    elif tid == 602:
        if st.out == OUT_RECORD:
            return _mr_EventStreamTerminatedEvent(st, pos, bl, ver, end)
        return _m_EventStreamTerminatedEvent(st, pos, bl, ver, end)
    elif tid == 603:
        if st.out == OUT_RECORD:
            return _mr_ExecutionReportEvent(st, pos, bl, ver, end)
        return _m_ExecutionReportEvent(st, pos, bl, ver, end)
    elif tid == 604:
        if st.out == OUT_RECORD:
            return _mr_ExternalLockUpdateEvent(st, pos, bl, ver, end)
        return _m_ExternalLockUpdateEvent(st, pos, bl, ver, end)
    elif tid == 606:
        if st.out == OUT_RECORD:
            return _mr_ListStatusEvent(st, pos, bl, ver, end)
        return _m_ListStatusEvent(st, pos, bl, ver, end)
    elif tid == 607:
        if st.out == OUT_RECORD:
            return _mr_OutboundAccountPositionEvent(st, pos, bl, ver, end)
        return _m_OutboundAccountPositionEvent(st, pos, bl, ver, end)
    elif tid == 610:
        if st.out == OUT_RECORD:
            return _mr_ServerShutdownEvent(st, pos, bl, ver, end)
        return _m_ServerShutdownEvent(st, pos, bl, ver, end)
    elif tid == 999:
        if st.out == OUT_RECORD:
            return _mr_NonRepresentableMessage(st, pos, bl, ver, end)
        return _m_NonRepresentableMessage(st, pos, bl, ver, end)
    raise UnknownTemplateError(f'unknown templateId {tid} at offset {pos - 8} (schema spot_sbe 3:5)', offset=pos - 8, template_id=tid)

cdef class Decoder(DecoderBase):
    """Decoder of schema spot_sbe 3:5: see sbe._rt.DecoderBase.

    Decoder(*, decimals='raw', groups='list', output='dict', strict=False)
    """

    def __cinit__(self, *args, **kwargs):
        self._dispatch = _dispatch


cdef DecoderCache _decoders = DecoderCache(Decoder)


cimport cython


@cython.binding(False)
def decode(buf, *, str decimals='raw', str groups='list', str output='dict', bint strict=False):
    """Decode one message from ``buf``; see :class:`Decoder` for the options."""
    return _decoders.get(decimals, groups, output, strict)._run(buf, 0, False)


@cython.binding(False)
def decode_from(buf, Py_ssize_t offset=0, *, str decimals='raw', str groups='list', str output='dict'):
    """(message, end) of the message whose header starts at ``offset``."""
    return _decoders.get(decimals, groups, output, False)._run(buf, offset, True)


cdef tuple peek_header_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos):
    if pos < 0 or pos + 8 > size:
        raise_truncated('message header', pos, 8, size - pos)
    return (sbe_u16le(b + pos + 0), sbe_u16le(b + pos + 2), sbe_u16le(b + pos + 4), sbe_u16le(b + pos + 6))


def peek_header(buf, Py_ssize_t offset=0):
    """(blockLength, templateId, schemaId, version) of the message header at ``offset``.
    """
    cdef Py_buffer view
    if PyBytes_CheckExact(buf):
        return peek_header_at(<const uint8_t *>PyBytes_AS_STRING(buf), PyBytes_GET_SIZE(buf), offset)
    PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)
    try:
        return peek_header_at(<const uint8_t *>view.buf, view.len, offset)
    finally:
        PyBuffer_Release(&view)


header = peek_header  # the older name


cdef object peek_template_id_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos):
    if pos < 0 or pos + 8 > size:
        raise_truncated('message header', pos, 8, size - pos)
    return sbe_u16le(b + pos + 2)


def peek_template_id(buf, Py_ssize_t offset=0):
    """templateId of the message at ``offset``, read without decoding.
    """
    cdef Py_buffer view
    if PyBytes_CheckExact(buf):
        return peek_template_id_at(<const uint8_t *>PyBytes_AS_STRING(buf), PyBytes_GET_SIZE(buf), offset)
    PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)
    try:
        return peek_template_id_at(<const uint8_t *>view.buf, view.len, offset)
    finally:
        PyBuffer_Release(&view)


cdef tuple peek_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos):
    cdef Py_ssize_t bl, q, gbl, n, ln, start = pos
    cdef int tid, sid
    first = last = sym = None
    if pos < 0 or pos + 8 > size:
        raise_truncated('message header', pos, 8, size - pos)
    bl = sbe_u16le(b + pos + 0)
    tid = sbe_u16le(b + pos + 2)
    sid = sbe_u16le(b + pos + 4)
    if sid != 3:
        raise SchemaMismatchError(f'schemaId {sid} (template {tid}) at offset {pos} is not spot_sbe schema 3', offset=pos, schema_id=sid)
    pos += 8
    if pos + bl > size:
        raise_truncated('root block', pos, bl, size - pos)
    if tid == 201:
        q = pos + bl
        if q + 6 > size:
            raise_truncated("dimension of group 'trades'", q, 6, size - q)
        gbl = sbe_u16le(b + q + 0)
        n = sbe_u32le(b + q + 2)
        q += 6
        if gbl * n > size - q:
            raise_truncated("group 'trades'", q, gbl * n, size - q)
        if n:
            if gbl < 8:
                raise_malformed('blockLength %d of group trades is too short' % gbl, q)
            first = sbe_i64le(b + q + 0)
            last = sbe_i64le(b + q + gbl * (n - 1) + 0)
        q += gbl * n
    elif tid == 205:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 207:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 209:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 211:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 213:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 215:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 217:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 218:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 219:
        q = pos + bl
        if q + 6 > size:
            raise_truncated("dimension of group 'blockTrades'", q, 6, size - q)
        gbl = sbe_u16le(b + q + 0)
        n = sbe_u32le(b + q + 2)
        q += 6
        if gbl * n > size - q:
            raise_truncated("group 'blockTrades'", q, gbl * n, size - q)
        if n:
            if gbl < 8:
                raise_malformed('blockLength %d of group blockTrades is too short' % gbl, q)
            first = sbe_i64le(b + q + 0)
            last = sbe_i64le(b + q + gbl * (n - 1) + 0)
        q += gbl * n
    elif tid == 300:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 301:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 304:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 305:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 405:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 600:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid == 603:
        q = pos + bl
        ln = read_length_at(b, q, size, 1, 0, 'symbol')
        sym = utf8(b + q + 1, ln, 'symbol', q + 1)
        q += 1 + ln
    elif tid not in TEMPLATES:
        raise UnknownTemplateError(f'unknown templateId {tid} at offset {start} (schema spot_sbe 3:5)', offset=start, template_id=tid)
    return (tid, sym, first, last)


def peek(buf, Py_ssize_t offset=0):
    """(templateId, symbol, first sequence, last sequence) of the message at ``offset``,
    read without decoding; None where the message has no such value. Sequences:
    first/lastBookUpdateId, bookUpdateId (both), or the first and last trade id.
    Bounds-checked: a short or malformed buffer raises DecodeError; another schema id
    SchemaMismatchError, a templateId the schema does not define UnknownTemplateError.
    """
    cdef Py_buffer view
    if PyBytes_CheckExact(buf):
        return peek_at(<const uint8_t *>PyBytes_AS_STRING(buf), PyBytes_GET_SIZE(buf), offset)
    PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)
    try:
        return peek_at(<const uint8_t *>view.buf, view.len, offset)
    finally:
        PyBuffer_Release(&view)


cdef tuple peek_envelope_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos):
    cdef Py_ssize_t bl, q, gbl, n, ln, start = pos
    cdef int tid, sid, ver
    cdef int64_t t_i
    cdef uint64_t t_u
    if pos < 0 or pos + 8 > size:
        raise_truncated('message header', pos, 8, size - pos)
    bl = sbe_u16le(b + pos + 0)
    tid = sbe_u16le(b + pos + 2)
    sid = sbe_u16le(b + pos + 4)
    ver = sbe_u16le(b + pos + 6)
    if tid != 50:
        raise UnknownTemplateError(f'templateId {tid} at offset {pos} is not WebSocketResponse (50)', offset=pos, template_id=tid)
    if sid != 3:
        raise SchemaMismatchError(f'schemaId {sid} (template {tid}) at offset {pos} is not spot_sbe schema 3', offset=pos, schema_id=sid)
    pos += 8
    if pos + bl > size:
        raise_truncated('root block of WebSocketResponse', pos, bl, size - pos)
    if bl < 3:
        raise_malformed('blockLength %d of WebSocketResponse is shorter than its field status (3)' % bl, pos)
    v_status = sbe_u16le(b + pos + 1)
    q = pos + bl
    if q + 4 > size:
        raise_truncated("dimension of group 'rateLimits'", q, 4, size - q)
    gbl = sbe_u16le(b + q + 0)
    n = sbe_u16le(b + q + 2)
    q += 4
    if gbl * n > size - q:
        raise_truncated("group 'rateLimits'", q, gbl * n, size - q)
    q += gbl * n
    ln = read_length_at(b, q, size, 1, 0, 'id')
    v_id = utf8(b + q + 1, ln, 'id', q + 1)
    q += 1 + ln
    return (v_id, v_status)


def peek_envelope(buf, Py_ssize_t offset=0):
    """(id, status) of the WebSocketResponse at ``offset``, read without decoding.
    The header must name schema 3 and template 50.
    """
    cdef Py_buffer view
    if PyBytes_CheckExact(buf):
        return peek_envelope_at(<const uint8_t *>PyBytes_AS_STRING(buf), PyBytes_GET_SIZE(buf), offset)
    PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)
    try:
        return peek_envelope_at(<const uint8_t *>view.buf, view.len, offset)
    finally:
        PyBuffer_Release(&view)


cdef tuple peek_error_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos):
    cdef Py_ssize_t bl, q, gbl, n, ln, start = pos
    cdef int tid, sid, ver
    cdef int64_t t_i
    cdef uint64_t t_u
    if pos < 0 or pos + 8 > size:
        raise_truncated('message header', pos, 8, size - pos)
    bl = sbe_u16le(b + pos + 0)
    tid = sbe_u16le(b + pos + 2)
    sid = sbe_u16le(b + pos + 4)
    ver = sbe_u16le(b + pos + 6)
    if tid != 100:
        raise UnknownTemplateError(f'templateId {tid} at offset {pos} is not ErrorResponse (100)', offset=pos, template_id=tid)
    pos += 8
    if pos + bl > size:
        raise_truncated('root block of ErrorResponse', pos, bl, size - pos)
    if bl < 2:
        raise_malformed('blockLength %d of ErrorResponse is shorter than its field code (2)' % bl, pos)
    v_code = sbe_i16le(b + pos + 0)
    v_serverTime = None
    if bl >= 10:
        t_i = sbe_i64le(b + pos + 2)
        if t_i != INT64_MIN: v_serverTime = t_i
    v_retryAfter = None
    if bl >= 18:
        t_i = sbe_i64le(b + pos + 10)
        if t_i != INT64_MIN: v_retryAfter = t_i
    q = pos + bl
    ln = read_length_at(b, q, size, 2, 0, 'msg')
    v_msg = utf8(b + q + 2, ln, 'msg', q + 2)
    q += 2 + ln
    return (v_code, v_serverTime, v_retryAfter, v_msg)


def peek_error(buf, Py_ssize_t offset=0):
    """(code, serverTime, retryAfter, msg) of the ErrorResponse at ``offset``, read without decoding.
    Any schemaId: the layout is the same in every schema version; fields past the wire blockLength are None.
    """
    cdef Py_buffer view
    if PyBytes_CheckExact(buf):
        return peek_error_at(<const uint8_t *>PyBytes_AS_STRING(buf), PyBytes_GET_SIZE(buf), offset)
    PyObject_GetBuffer(buf, &view, PyBUF_SIMPLE)
    try:
        return peek_error_at(<const uint8_t *>view.buf, view.len, offset)
    finally:
        PyBuffer_Release(&view)


def newer_versions_seen():
    """(count, newest version) of messages decoded whose header version is newer than
    this decoder's schema: the server has moved on, regenerate (python -m codegen update)."""
    return (_newer_count, _newest_seen if _newest_seen >= 0 else None)


cdef object _codec_instance = None


def codec():
    """The pure-Python reference codec of this schema (encoder, oracle decoder)."""
    global _codec_instance
    if _codec_instance is None:
        from sbe._pycodec import Codec
        from sbe._generated.spot_sbe_3_5_ir import IR
        _codec_instance = Codec(IR, enums=ENUMS, sets=SETS)
    return _codec_instance


def encode(msg, *, version=None, pad=0, schema_id=None):
    """Encode a message (a dict as ``decode`` returns, or a record) to bytes."""
    if isinstance(msg, Record):
        msg = (<Record>msg).to_dict()
    return codec().encode(msg, version=version, pad=pad, schema_id=schema_id)


# constant fields (valueRef)
_K0 = filterType['PriceFilter']
_K1 = filterType['PercentPrice']
_K10 = filterType['MaxNumIcebergOrders']
_K11 = filterType['MaxPosition']
_K12 = filterType['TrailingDelta']
_K13 = filterType['TPlusSell']
_K14 = filterType['MaxNumOrderLists']
_K15 = filterType['MaxNumOrderAmends']
_K16 = filterType['ExchangeMaxNumOrders']
_K17 = filterType['ExchangeMaxNumAlgoOrders']
_K18 = filterType['ExchangeMaxNumIcebergOrders']
_K19 = filterType['ExchangeMaxNumOrderLists']
_K2 = filterType['PercentPriceBySide']
_K20 = filterType['MaxAsset']
_K21 = executionRuleType['PriceRange']
_K3 = filterType['LotSize']
_K4 = filterType['MinNotional']
_K5 = filterType['Notional']
_K6 = filterType['IcebergParts']
_K7 = filterType['MarketLotSize']
_K8 = filterType['MaxNumOrders']
_K9 = filterType['MaxNumAlgoOrders']

# key templates of the result dicts
_T0 = dict.fromkeys(['$message', 'filterType', 'priceExponent', 'minPrice', 'maxPrice', 'tickSize'])
_T1 = dict.fromkeys(['$message', 'filterType', 'minPrice', 'maxPrice', 'tickSize'])
_T2 = dict.fromkeys(['$message', 'filterType', 'multiplierExponent', 'multiplierUp', 'multiplierDown', 'avgPriceMins'])
_T3 = dict.fromkeys(['$message', 'filterType', 'multiplierUp', 'multiplierDown', 'avgPriceMins'])
_T4 = dict.fromkeys(['$message', 'filterType', 'multiplierExponent', 'bidMultiplierUp', 'bidMultiplierDown', 'askMultiplierUp', 'askMultiplierDown', 'avgPriceMins'])
_T5 = dict.fromkeys(['$message', 'filterType', 'bidMultiplierUp', 'bidMultiplierDown', 'askMultiplierUp', 'askMultiplierDown', 'avgPriceMins'])
_T6 = dict.fromkeys(['$message', 'filterType', 'qtyExponent', 'minQty', 'maxQty', 'stepSize'])
_T7 = dict.fromkeys(['$message', 'filterType', 'minQty', 'maxQty', 'stepSize'])
_T8 = dict.fromkeys(['$message', 'filterType', 'priceExponent', 'minNotional', 'applyToMarket', 'avgPriceMins'])
_T9 = dict.fromkeys(['$message', 'filterType', 'minNotional', 'applyToMarket', 'avgPriceMins'])
_T10 = dict.fromkeys(['$message', 'filterType', 'priceExponent', 'minNotional', 'applyMinToMarket', 'maxNotional', 'applyMaxToMarket', 'avgPriceMins'])
_T11 = dict.fromkeys(['$message', 'filterType', 'minNotional', 'applyMinToMarket', 'maxNotional', 'applyMaxToMarket', 'avgPriceMins'])
_T12 = dict.fromkeys(['$message', 'filterType', 'filterLimit'])
_T13 = dict.fromkeys(['$message', 'filterType', 'maxNumOrders'])
_T14 = dict.fromkeys(['$message', 'filterType', 'maxNumAlgoOrders'])
_T15 = dict.fromkeys(['$message', 'filterType', 'maxNumIcebergOrders'])
_T16 = dict.fromkeys(['$message', 'filterType', 'qtyExponent', 'maxPosition'])
_T17 = dict.fromkeys(['$message', 'filterType', 'maxPosition'])
_T18 = dict.fromkeys(['$message', 'filterType', 'minTrailingAboveDelta', 'maxTrailingAboveDelta', 'minTrailingBelowDelta', 'maxTrailingBelowDelta'])
_T19 = dict.fromkeys(['$message', 'filterType', 'endTime'])
_T20 = dict.fromkeys(['$message', 'filterType', 'maxNumOrderLists'])
_T21 = dict.fromkeys(['$message', 'filterType', 'maxNumOrderAmends'])
_T22 = dict.fromkeys(['$message', 'filterType', 'qtyExponent', 'maxQty', 'asset'])
_T23 = dict.fromkeys(['$message', 'filterType', 'maxQty', 'asset'])
_T24 = dict.fromkeys(['$message', 'ruleType', 'multiplierExponent', 'bidLimitMultUp', 'bidLimitMultDown', 'askLimitMultUp', 'askLimitMultDown'])
_T25 = dict.fromkeys(['$message', 'ruleType', 'bidLimitMultUp', 'bidLimitMultDown', 'askLimitMultUp', 'askLimitMultDown'])
_T26 = dict.fromkeys(['$message', 'sbeSchemaIdVersionDeprecated', 'status', 'rateLimits', 'id', 'result'])
_T27 = dict.fromkeys(['rateLimitType', 'interval', 'intervalNum', 'rateLimit', 'current'])
_T28 = dict.fromkeys(['$message', 'authorizedSince', 'connectedSince', 'returnRateLimits', 'serverTime', 'userDataStream', 'loggedOnApiKey'])
_T29 = dict.fromkeys(['$message', 'subscriptions'])
_T30 = dict.fromkeys(['subscriptionId', 'expirationTime'])
_T31 = dict.fromkeys(['$message', 'code', 'serverTime', 'retryAfter', 'msg', 'data'])
_T32 = dict.fromkeys(['$message'])
_T33 = dict.fromkeys(['$message', 'serverTime'])
_T34 = dict.fromkeys(['$message', 'rateLimits', 'exchangeFilters', 'symbols', 'sors'])
_T35 = dict.fromkeys(['rateLimitType', 'interval', 'intervalNum', 'rateLimit'])
_T36 = dict.fromkeys(['filter'])
_T37 = dict.fromkeys(['filters', 'permissionSets', 'symbol', 'baseAsset', 'quoteAsset'])
_T38 = dict.fromkeys(['status', 'baseAssetPrecision', 'quoteAssetPrecision', 'baseCommissionPrecision', 'quoteCommissionPrecision', 'orderTypes', 'icebergAllowed', 'ocoAllowed', 'otoAllowed', 'quoteOrderQtyMarketAllowed', 'allowTrailingStop', 'cancelReplaceAllowed', 'amendAllowed', 'isSpotTradingAllowed', 'isMarginTradingAllowed', 'defaultSelfTradePreventionMode', 'allowedSelfTradePreventionModes', 'pegInstructionsAllowed', 'filters', 'permissionSets', 'symbol', 'baseAsset', 'quoteAsset'])
_T39 = dict.fromkeys(['permissions'])
_T40 = dict.fromkeys(['permission'])
_T41 = dict.fromkeys(['sorSymbols', 'baseAsset'])
_T42 = dict.fromkeys(['symbol'])
_T43 = dict.fromkeys(['$message', 'symbolRules'])
_T44 = dict.fromkeys(['rules', 'symbol'])
_T45 = dict.fromkeys(['rule'])
_T46 = dict.fromkeys(['$message', 'exchangeFilters', 'symbolFilters', 'assetFilters'])
_T47 = dict.fromkeys(['$message', 'lastUpdateId', 'priceExponent', 'qtyExponent', 'bids', 'asks'])
_T48 = dict.fromkeys(['$message', 'lastUpdateId', 'bids', 'asks'])
_T49 = dict.fromkeys(['price', 'qty'])
_T50 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'trades'])
_T51 = dict.fromkeys(['$message', 'trades'])
_T52 = dict.fromkeys(['id', 'price', 'qty', 'quoteQty', 'time', 'isBuyerMaker', 'isBestMatch'])
_T53 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'aggTrades'])
_T54 = dict.fromkeys(['$message', 'aggTrades'])
_T55 = dict.fromkeys(['aggTradeId', 'price', 'qty', 'firstTradeId', 'lastTradeId', 'time', 'isBuyerMaker', 'isBestMatch'])
_T56 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'klines'])
_T57 = dict.fromkeys(['$message', 'klines'])
_T58 = dict.fromkeys(['openTime', 'openPrice', 'highPrice', 'lowPrice', 'closePrice', 'volume', 'closeTime', 'quoteVolume', 'numTrades', 'takerBuyBaseVolume', 'takerBuyQuoteVolume'])
_T59 = dict.fromkeys(['$message', 'mins', 'priceExponent', 'price', 'closeTime'])
_T60 = dict.fromkeys(['$message', 'mins', 'price', 'closeTime'])
_T61 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'priceChange', 'priceChangePercent', 'weightedAvgPrice', 'prevClosePrice', 'lastPrice', 'lastQty', 'bidPrice', 'bidQty', 'askPrice', 'askQty', 'openPrice', 'highPrice', 'lowPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T62 = dict.fromkeys(['$message', 'priceChange', 'priceChangePercent', 'weightedAvgPrice', 'prevClosePrice', 'lastPrice', 'lastQty', 'bidPrice', 'bidQty', 'askPrice', 'askQty', 'openPrice', 'highPrice', 'lowPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T63 = dict.fromkeys(['$message', 'tickers'])
_T64 = dict.fromkeys(['priceExponent', 'qtyExponent', 'priceChange', 'priceChangePercent', 'weightedAvgPrice', 'prevClosePrice', 'lastPrice', 'lastQty', 'bidPrice', 'bidQty', 'askPrice', 'askQty', 'openPrice', 'highPrice', 'lowPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T65 = dict.fromkeys(['priceChange', 'priceChangePercent', 'weightedAvgPrice', 'prevClosePrice', 'lastPrice', 'lastQty', 'bidPrice', 'bidQty', 'askPrice', 'askQty', 'openPrice', 'highPrice', 'lowPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T66 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'openPrice', 'highPrice', 'lowPrice', 'lastPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T67 = dict.fromkeys(['$message', 'openPrice', 'highPrice', 'lowPrice', 'lastPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T68 = dict.fromkeys(['priceExponent', 'qtyExponent', 'openPrice', 'highPrice', 'lowPrice', 'lastPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T69 = dict.fromkeys(['openPrice', 'highPrice', 'lowPrice', 'lastPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T70 = dict.fromkeys(['$message', 'priceExponent', 'price', 'symbol'])
_T71 = dict.fromkeys(['$message', 'price', 'symbol'])
_T72 = dict.fromkeys(['priceExponent', 'price', 'symbol'])
_T73 = dict.fromkeys(['price', 'symbol'])
_T74 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'bidPrice', 'bidQty', 'askPrice', 'askQty', 'symbol'])
_T75 = dict.fromkeys(['$message', 'bidPrice', 'bidQty', 'askPrice', 'askQty', 'symbol'])
_T76 = dict.fromkeys(['priceExponent', 'qtyExponent', 'bidPrice', 'bidQty', 'askPrice', 'askQty', 'symbol'])
_T77 = dict.fromkeys(['bidPrice', 'bidQty', 'askPrice', 'askQty', 'symbol'])
_T78 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'priceChange', 'priceChangePercent', 'weightedAvgPrice', 'openPrice', 'highPrice', 'lowPrice', 'lastPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T79 = dict.fromkeys(['$message', 'priceChange', 'priceChangePercent', 'weightedAvgPrice', 'openPrice', 'highPrice', 'lowPrice', 'lastPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T80 = dict.fromkeys(['priceExponent', 'qtyExponent', 'priceChange', 'priceChangePercent', 'weightedAvgPrice', 'openPrice', 'highPrice', 'lowPrice', 'lastPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T81 = dict.fromkeys(['priceChange', 'priceChangePercent', 'weightedAvgPrice', 'openPrice', 'highPrice', 'lowPrice', 'lastPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'numTrades', 'symbol'])
_T82 = dict.fromkeys(['$message', 'priceExponent', 'referencePrice', 'timestamp', 'symbol'])
_T83 = dict.fromkeys(['$message', 'referencePrice', 'timestamp', 'symbol'])
_T84 = dict.fromkeys(['$message', 'calculationType', 'externalCalculationId', 'bucketCount', 'bucketWidthMs', 'symbol'])
_T85 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'blockTrades'])
_T86 = dict.fromkeys(['$message', 'blockTrades'])
_T87 = dict.fromkeys(['id', 'price', 'qty', 'quoteQty', 'time', 'isBuyerMaker'])
_T88 = dict.fromkeys(['$message', 'orderId', 'orderListId', 'transactTime', 'symbol', 'clientOrderId'])
_T89 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'orderId', 'orderListId', 'transactTime', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'workingTime', 'icebergQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'tradeGroupId', 'preventedQuantity', 'usedSor', 'origQuoteOrderQty', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'symbol', 'clientOrderId'])
_T90 = dict.fromkeys(['$message', 'orderId', 'orderListId', 'transactTime', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'workingTime', 'icebergQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'tradeGroupId', 'preventedQuantity', 'usedSor', 'origQuoteOrderQty', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'symbol', 'clientOrderId'])
_T91 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'orderId', 'orderListId', 'transactTime', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'workingTime', 'icebergQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'tradeGroupId', 'preventedQuantity', 'usedSor', 'origQuoteOrderQty', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'fills', 'preventedMatches', 'symbol', 'clientOrderId'])
_T92 = dict.fromkeys(['$message', 'orderId', 'orderListId', 'transactTime', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'workingTime', 'icebergQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'tradeGroupId', 'preventedQuantity', 'usedSor', 'origQuoteOrderQty', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'fills', 'preventedMatches', 'symbol', 'clientOrderId'])
_T93 = dict.fromkeys(['commissionAsset'])
_T94 = dict.fromkeys(['commissionExponent', 'matchType', 'price', 'qty', 'commission', 'tradeId', 'allocId', 'commissionAsset'])
_T95 = dict.fromkeys(['matchType', 'price', 'qty', 'commission', 'tradeId', 'allocId', 'commissionAsset'])
_T96 = dict.fromkeys(['makerSymbol'])
_T97 = dict.fromkeys(['preventedMatchId', 'makerOrderId', 'price', 'takerPreventedQuantity', 'makerPreventedQuantity', 'makerSymbol'])
_T98 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'orderId', 'orderListId', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'icebergQty', 'time', 'updateTime', 'isWorking', 'workingTime', 'origQuoteOrderQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'preventedMatchId', 'preventedQuantity', 'usedSor', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'symbol', 'clientOrderId'])
_T99 = dict.fromkeys(['$message', 'orderId', 'orderListId', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'icebergQty', 'time', 'updateTime', 'isWorking', 'workingTime', 'origQuoteOrderQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'preventedMatchId', 'preventedQuantity', 'usedSor', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'symbol', 'clientOrderId'])
_T100 = dict.fromkeys(['$message', 'priceExponent', 'qtyExponent', 'orderId', 'orderListId', 'transactTime', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'icebergQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'preventedQuantity', 'usedSor', 'origQuoteOrderQty', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'symbol', 'origClientOrderId', 'clientOrderId'])
_T101 = dict.fromkeys(['$message', 'orderId', 'orderListId', 'transactTime', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'icebergQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'preventedQuantity', 'usedSor', 'origQuoteOrderQty', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'symbol', 'origClientOrderId', 'clientOrderId'])
_T102 = dict.fromkeys(['$message', 'responses'])
_T103 = dict.fromkeys(['response'])
_T104 = dict.fromkeys(['$message', 'cancelResult', 'newOrderResult', 'cancelResponse', 'newOrderResponse'])
_T105 = dict.fromkeys(['$message', 'orders'])
_T106 = dict.fromkeys(['symbol', 'clientOrderId'])
_T107 = dict.fromkeys(['priceExponent', 'qtyExponent', 'orderId', 'orderListId', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'icebergQty', 'time', 'updateTime', 'isWorking', 'workingTime', 'origQuoteOrderQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'preventedMatchId', 'preventedQuantity', 'usedSor', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'symbol', 'clientOrderId'])
_T108 = dict.fromkeys(['orderId', 'orderListId', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'icebergQty', 'time', 'updateTime', 'isWorking', 'workingTime', 'origQuoteOrderQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'preventedMatchId', 'preventedQuantity', 'usedSor', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'symbol', 'clientOrderId'])
_T109 = dict.fromkeys(['$message', 'orderListId', 'contingencyType', 'listStatusType', 'listOrderStatus', 'transactionTime', 'orders', 'orderReports', 'listClientOrderId', 'symbol'])
_T110 = dict.fromkeys(['orderId', 'symbol', 'clientOrderId'])
_T111 = dict.fromkeys(['orderId', 'orderListId', 'transactTime', 'symbol', 'clientOrderId'])
_T112 = dict.fromkeys(['$message', 'orderListId', 'contingencyType', 'listStatusType', 'listOrderStatus', 'transactionTime', 'priceExponent', 'qtyExponent', 'orders', 'orderReports', 'listClientOrderId', 'symbol'])
_T113 = dict.fromkeys(['orderId', 'orderListId', 'transactTime', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'workingTime', 'icebergQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'tradeGroupId', 'preventedQuantity', 'usedSor', 'origQuoteOrderQty', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'symbol', 'clientOrderId'])
_T114 = dict.fromkeys(['fills', 'preventedMatches', 'symbol', 'clientOrderId'])
_T115 = dict.fromkeys(['orderId', 'orderListId', 'transactTime', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'workingTime', 'icebergQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'tradeGroupId', 'preventedQuantity', 'usedSor', 'origQuoteOrderQty', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'fills', 'preventedMatches', 'symbol', 'clientOrderId'])
_T116 = dict.fromkeys(['symbol', 'origClientOrderId', 'clientOrderId'])
_T117 = dict.fromkeys(['orderId', 'orderListId', 'transactTime', 'price', 'origQty', 'executedQty', 'cummulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'icebergQty', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'preventedQuantity', 'usedSor', 'origQuoteOrderQty', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'symbol', 'origClientOrderId', 'clientOrderId'])
_T118 = dict.fromkeys(['$message', 'orderListId', 'contingencyType', 'listStatusType', 'listOrderStatus', 'transactionTime', 'orders', 'listClientOrderId', 'symbol'])
_T119 = dict.fromkeys(['$message', 'orderLists'])
_T120 = dict.fromkeys(['orders', 'listClientOrderId', 'symbol'])
_T121 = dict.fromkeys(['orderListId', 'contingencyType', 'listStatusType', 'listOrderStatus', 'transactionTime', 'orders', 'listClientOrderId', 'symbol'])
_T122 = dict.fromkeys(['$message', 'commissionExponent', 'discountExponent', 'standardCommissionForOrderMaker', 'standardCommissionForOrderTaker', 'taxCommissionForOrderMaker', 'taxCommissionForOrderTaker', 'discountEnabledForAccount', 'discountEnabledForSymbol', 'discount', 'specialCommissionForOrderMaker', 'specialCommissionForOrderTaker', 'discountAsset'])
_T123 = dict.fromkeys(['$message', 'standardCommissionForOrderMaker', 'standardCommissionForOrderTaker', 'taxCommissionForOrderMaker', 'taxCommissionForOrderTaker', 'discountEnabledForAccount', 'discountEnabledForSymbol', 'discount', 'specialCommissionForOrderMaker', 'specialCommissionForOrderTaker', 'discountAsset'])
_T124 = dict.fromkeys(['$message', 'amendments'])
_T125 = dict.fromkeys(['symbol', 'origClientOrderId', 'newClientOrderId'])
_T126 = dict.fromkeys(['orderId', 'executionId', 'qtyExponent', 'origQty', 'newQty', 'time', 'symbol', 'origClientOrderId', 'newClientOrderId'])
_T127 = dict.fromkeys(['orderId', 'executionId', 'origQty', 'newQty', 'time', 'symbol', 'origClientOrderId', 'newClientOrderId'])
_T128 = dict.fromkeys(['$message', 'transactTime', 'executionId', 'priceExponent', 'qtyExponent', 'orderId', 'orderListId', 'price', 'qty', 'executedQty', 'preventedQty', 'cumulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'icebergQty', 'workingTime', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'usedSor', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'listStatus', 'relatedOrders', 'symbol', 'origClientOrderId', 'clientOrderId'])
_T129 = dict.fromkeys(['$message', 'transactTime', 'executionId', 'orderId', 'orderListId', 'price', 'qty', 'executedQty', 'preventedQty', 'cumulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'icebergQty', 'workingTime', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'usedSor', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'listStatus', 'relatedOrders', 'symbol', 'origClientOrderId', 'clientOrderId'])
_T130 = dict.fromkeys(['orderListId', 'contingencyType', 'listOrderStatus', 'orders', 'listClientOrderId', 'symbol'])
_T131 = dict.fromkeys(['orderId', 'orderListId', 'price', 'qty', 'executedQty', 'preventedQty', 'cumulativeQuoteQty', 'status', 'timeInForce', 'orderType', 'side', 'stopPrice', 'trailingDelta', 'trailingTime', 'icebergQty', 'workingTime', 'strategyId', 'strategyType', 'orderCapacity', 'workingFloor', 'selfTradePreventionMode', 'usedSor', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'symbol', 'clientOrderId'])
_T132 = dict.fromkeys(['$message', 'commissionExponent', 'commissionRateMaker', 'commissionRateTaker', 'commissionRateBuyer', 'commissionRateSeller', 'canTrade', 'canWithdraw', 'canDeposit', 'brokered', 'requireSelfTradePrevention', 'preventSor', 'updateTime', 'accountType', 'tradeGroupId', 'uid', 'balances', 'permissions', 'reduceOnlyAssets'])
_T133 = dict.fromkeys(['$message', 'commissionRateMaker', 'commissionRateTaker', 'commissionRateBuyer', 'commissionRateSeller', 'canTrade', 'canWithdraw', 'canDeposit', 'brokered', 'requireSelfTradePrevention', 'preventSor', 'updateTime', 'accountType', 'tradeGroupId', 'uid', 'balances', 'permissions', 'reduceOnlyAssets'])
_T134 = dict.fromkeys(['asset'])
_T135 = dict.fromkeys(['exponent', 'free', 'locked', 'asset'])
_T136 = dict.fromkeys(['free', 'locked', 'asset'])
_T137 = dict.fromkeys(['symbol', 'commissionAsset'])
_T138 = dict.fromkeys(['priceExponent', 'qtyExponent', 'commissionExponent', 'id', 'orderId', 'orderListId', 'price', 'qty', 'quoteQty', 'commission', 'time', 'isBuyer', 'isMaker', 'isBestMatch', 'symbol', 'commissionAsset'])
_T139 = dict.fromkeys(['id', 'orderId', 'orderListId', 'price', 'qty', 'quoteQty', 'commission', 'time', 'isBuyer', 'isMaker', 'isBestMatch', 'symbol', 'commissionAsset'])
_T140 = dict.fromkeys(['$message', 'rateLimits'])
_T141 = dict.fromkeys(['rateLimitType', 'interval', 'intervalNum', 'rateLimit', 'numOrders'])
_T142 = dict.fromkeys(['$message', 'preventedMatches'])
_T143 = dict.fromkeys(['symbol', 'makerSymbol'])
_T144 = dict.fromkeys(['priceExponent', 'qtyExponent', 'preventedMatchId', 'takerOrderId', 'makerOrderId', 'tradeGroupId', 'selfTradePreventionMode', 'price', 'takerPreventedQuantity', 'makerPreventedQuantity', 'transactTime', 'symbol', 'makerSymbol'])
_T145 = dict.fromkeys(['preventedMatchId', 'takerOrderId', 'makerOrderId', 'tradeGroupId', 'selfTradePreventionMode', 'price', 'takerPreventedQuantity', 'makerPreventedQuantity', 'transactTime', 'symbol', 'makerSymbol'])
_T146 = dict.fromkeys(['$message', 'allocations'])
_T147 = dict.fromkeys(['symbol', 'commissionAsset', 'sourceSymbol'])
_T148 = dict.fromkeys(['priceExponent', 'qtyExponent', 'commissionExponent', 'allocationId', 'allocationType', 'orderId', 'orderListId', 'sourceTradeId', 'sourceAllocationId', 'price', 'qty', 'quoteQty', 'commission', 'time', 'isBuyer', 'isMaker', 'isAllocator', 'symbol', 'commissionAsset', 'sourceSymbol'])
_T149 = dict.fromkeys(['allocationId', 'allocationType', 'orderId', 'orderListId', 'sourceTradeId', 'sourceAllocationId', 'price', 'qty', 'quoteQty', 'commission', 'time', 'isBuyer', 'isMaker', 'isAllocator', 'symbol', 'commissionAsset', 'sourceSymbol'])
_T150 = dict.fromkeys(['$message', 'commissionExponent', 'discountExponent', 'standardCommissionMaker', 'standardCommissionTaker', 'standardCommissionBuyer', 'standardCommissionSeller', 'taxCommissionMaker', 'taxCommissionTaker', 'taxCommissionBuyer', 'taxCommissionSeller', 'discountEnabledForAccount', 'discountEnabledForSymbol', 'discount', 'specialCommissionMaker', 'specialCommissionTaker', 'specialCommissionBuyer', 'specialCommissionSeller', 'symbol', 'discountAsset'])
_T151 = dict.fromkeys(['$message', 'standardCommissionMaker', 'standardCommissionTaker', 'standardCommissionBuyer', 'standardCommissionSeller', 'taxCommissionMaker', 'taxCommissionTaker', 'taxCommissionBuyer', 'taxCommissionSeller', 'discountEnabledForAccount', 'discountEnabledForSymbol', 'discount', 'specialCommissionMaker', 'specialCommissionTaker', 'specialCommissionBuyer', 'specialCommissionSeller', 'symbol', 'discountAsset'])
_T152 = dict.fromkeys(['$message', 'listenKey'])
_T153 = dict.fromkeys(['$message', 'subscriptionId'])
_T154 = dict.fromkeys(['$message', 'subscriptionId', 'expirationTime'])
_T155 = dict.fromkeys(['$message', 'eventTime', 'transactTime', 'priceExponent', 'qtyExponent', 'commissionExponent', 'allocationTransactionType', 'allocationReportType', 'allocationStatus', 'side', 'counterPartyRole', 'counterPartyExternalAccountId', 'counterPartyOrderId', 'allocationReportId', 'allocationId', 'sourceOrderId', 'sourceOrderListId', 'sourceTradeId', 'sourceAllocationId', 'price', 'qty', 'quoteQty', 'commission', 'subscriptionId', 'symbol', 'commissionAsset', 'sourceSymbol'])
_T156 = dict.fromkeys(['$message', 'eventTime', 'transactTime', 'allocationTransactionType', 'allocationReportType', 'allocationStatus', 'side', 'counterPartyRole', 'counterPartyExternalAccountId', 'counterPartyOrderId', 'allocationReportId', 'allocationId', 'sourceOrderId', 'sourceOrderListId', 'sourceTradeId', 'sourceAllocationId', 'price', 'qty', 'quoteQty', 'commission', 'subscriptionId', 'symbol', 'commissionAsset', 'sourceSymbol'])
_T157 = dict.fromkeys(['$message', 'eventTime', 'clearTime', 'qtyExponent', 'freeQtyDelta', 'subscriptionId', 'asset'])
_T158 = dict.fromkeys(['$message', 'eventTime', 'clearTime', 'freeQtyDelta', 'subscriptionId', 'asset'])
_T159 = dict.fromkeys(['$message', 'eventTime', 'subscriptionId'])
_T160 = dict.fromkeys(['$message', 'eventTime', 'transactTime', 'priceExponent', 'qtyExponent', 'commissionExponent', 'orderCreationTime', 'workingTime', 'orderId', 'orderListId', 'origQty', 'price', 'origQuoteOrderQty', 'icebergQty', 'stopPrice', 'orderType', 'side', 'timeInForce', 'executionType', 'orderStatus', 'tradeId', 'executionId', 'executedQty', 'cummulativeQuoteQty', 'lastQty', 'lastPrice', 'quoteQty', 'commission', 'isWorking', 'isMaker', 'isBestMatch', 'matchType', 'selfTradePreventionMode', 'orderCapacity', 'workingFloor', 'usedSor', 'allocId', 'trailingDelta', 'trailingTime', 'tradeGroupId', 'preventedQty', 'lastPreventedQty', 'preventedMatchId', 'preventedExecutionQty', 'preventedExecutionPrice', 'preventedExecutionQuoteQty', 'strategyType', 'strategyId', 'counterOrderId', 'subscriptionId', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'symbol', 'clientOrderId', 'origClientOrderId', 'commissionAsset', 'rejectReason', 'counterSymbol'])
_T161 = dict.fromkeys(['$message', 'eventTime', 'transactTime', 'orderCreationTime', 'workingTime', 'orderId', 'orderListId', 'origQty', 'price', 'origQuoteOrderQty', 'icebergQty', 'stopPrice', 'orderType', 'side', 'timeInForce', 'executionType', 'orderStatus', 'tradeId', 'executionId', 'executedQty', 'cummulativeQuoteQty', 'lastQty', 'lastPrice', 'quoteQty', 'commission', 'isWorking', 'isMaker', 'isBestMatch', 'matchType', 'selfTradePreventionMode', 'orderCapacity', 'workingFloor', 'usedSor', 'allocId', 'trailingDelta', 'trailingTime', 'tradeGroupId', 'preventedQty', 'lastPreventedQty', 'preventedMatchId', 'preventedExecutionQty', 'preventedExecutionPrice', 'preventedExecutionQuoteQty', 'strategyType', 'strategyId', 'counterOrderId', 'subscriptionId', 'pegPriceType', 'pegOffsetType', 'pegOffsetValue', 'peggedPrice', 'expiryReason', 'symbol', 'clientOrderId', 'origClientOrderId', 'commissionAsset', 'rejectReason', 'counterSymbol'])
_T162 = dict.fromkeys(['$message', 'eventTime', 'clearTime', 'qtyExponent', 'lockedQtyDelta', 'subscriptionId', 'asset'])
_T163 = dict.fromkeys(['$message', 'eventTime', 'clearTime', 'lockedQtyDelta', 'subscriptionId', 'asset'])
_T164 = dict.fromkeys(['$message', 'eventTime', 'transactTime', 'orderListId', 'contingencyType', 'listStatusType', 'listOrderStatus', 'subscriptionId', 'orders', 'symbol', 'listClientOrderId', 'rejectReason'])
_T165 = dict.fromkeys(['$message', 'eventTime', 'updateTime', 'subscriptionId', 'balances'])
_T166 = dict.fromkeys(['$message', 'eventTime'])

# numpy layouts of the repeating groups
_GS_WebSocketResponse__rateLimits = GroupSpec('rateLimits', '<', [('rateLimitType', 'u1', 0, 0, 0, None, None, False, 255), ('interval', 'u1', 1, 0, 0, None, None, False, 255), ('intervalNum', 'u1', 2, 0, 0, None, None, False, 255), ('rateLimit', '<i8', 3, 0, 0, None, None, False, -9223372036854775808), ('current', '<i8', 11, 0, 0, None, None, False, -9223372036854775808)], [], 19)
_GS_WebSocketSessionSubscriptionsResponse__subscriptions = GroupSpec('subscriptions', '<', [('subscriptionId', '<u2', 0, 0, 0, None, None, False, 65535), ('expirationTime', '<i8', 2, 0, 0, -9223372036854775808, None, False, -9223372036854775808)], [], 10)
_GS_ExchangeInfoResponse__rateLimits = GroupSpec('rateLimits', '<', [('rateLimitType', 'u1', 0, 0, 0, None, None, False, 255), ('interval', 'u1', 1, 0, 0, None, None, False, 255), ('intervalNum', 'u1', 2, 0, 0, None, None, False, 255), ('rateLimit', '<i8', 3, 0, 0, None, None, False, -9223372036854775808)], [], 11)
_GS_ExchangeInfoResponse__exchangeFilters = GroupSpec('exchangeFilters', '<', [], ['filter'], 0)
_GS_ExchangeInfoResponse__symbols = GroupSpec('symbols', '<', [('status', 'u1', 0, 0, 0, None, None, False, 255), ('baseAssetPrecision', 'u1', 1, 0, 0, None, None, False, 255), ('quoteAssetPrecision', 'u1', 2, 0, 0, None, None, False, 255), ('baseCommissionPrecision', 'u1', 3, 0, 0, None, None, False, 255), ('quoteCommissionPrecision', 'u1', 4, 0, 0, None, None, False, 255), ('orderTypes', '<u2', 5, 0, 0, None, None, False, 0), ('icebergAllowed', 'u1', 7, 0, 0, None, None, False, 255), ('ocoAllowed', 'u1', 8, 0, 0, None, None, False, 255), ('otoAllowed', 'u1', 9, 0, 0, None, None, False, 255), ('quoteOrderQtyMarketAllowed', 'u1', 10, 0, 0, None, None, False, 255), ('allowTrailingStop', 'u1', 11, 0, 0, None, None, False, 255), ('cancelReplaceAllowed', 'u1', 12, 0, 0, None, None, False, 255), ('amendAllowed', 'u1', 13, 0, 0, None, None, False, 255), ('isSpotTradingAllowed', 'u1', 14, 0, 0, None, None, False, 255), ('isMarginTradingAllowed', 'u1', 15, 0, 0, None, None, False, 255), ('defaultSelfTradePreventionMode', 'u1', 16, 0, 0, None, None, False, 255), ('allowedSelfTradePreventionModes', 'u1', 17, 0, 0, None, None, False, 0), ('pegInstructionsAllowed', 'u1', 18, 1, 0, 255, None, False, 255)], ['filters', 'permissionSets', 'symbol', 'baseAsset', 'quoteAsset'], 19)
_GS_ExchangeInfoResponse__symbols__filters = GroupSpec('filters', '<', [], ['filter'], 0)
_GS_ExchangeInfoResponse__symbols__permissionSets = GroupSpec('permissionSets', '<', [], ['permissions'], 0)
_GS_ExchangeInfoResponse__symbols__permissionSets__permissions = GroupSpec('permissions', '<', [], ['permission'], 0)
_GS_ExchangeInfoResponse__sors = GroupSpec('sors', '<', [], ['sorSymbols', 'baseAsset'], 0)
_GS_ExchangeInfoResponse__sors__sorSymbols = GroupSpec('sorSymbols', '<', [], ['symbol'], 0)
_GS_ExecutionRulesResponse__symbolRules = GroupSpec('symbolRules', '<', [], ['rules', 'symbol'], 0)
_GS_ExecutionRulesResponse__symbolRules__rules = GroupSpec('rules', '<', [], ['rule'], 0)
_GS_MyFiltersResponse__exchangeFilters = GroupSpec('exchangeFilters', '<', [], ['filter'], 0)
_GS_MyFiltersResponse__symbolFilters = GroupSpec('symbolFilters', '<', [], ['filter'], 0)
_GS_MyFiltersResponse__assetFilters = GroupSpec('assetFilters', '<', [], ['filter'], 0)
_GS_DepthResponse__bids = GroupSpec('bids', '<', [('price', '<i8', 0, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 8, 0, 1, None, ('outer', 1), False, -9223372036854775808)], [], 16)
_GS_DepthResponse__asks = GroupSpec('asks', '<', [('price', '<i8', 0, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 8, 0, 1, None, ('outer', 1), False, -9223372036854775808)], [], 16)
_GS_TradesResponse__trades = GroupSpec('trades', '<', [('id', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('price', '<i8', 8, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 16, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('quoteQty', '<i8', 24, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('time', '<i8', 32, 0, 0, None, None, False, -9223372036854775808), ('isBuyerMaker', 'u1', 40, 0, 0, None, None, False, 255), ('isBestMatch', 'u1', 41, 0, 0, None, None, False, 255)], [], 42)
_GS_AggTradesResponse__aggTrades = GroupSpec('aggTrades', '<', [('aggTradeId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('price', '<i8', 8, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 16, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('firstTradeId', '<i8', 24, 0, 0, None, None, False, -9223372036854775808), ('lastTradeId', '<i8', 32, 0, 0, None, None, False, -9223372036854775808), ('time', '<i8', 40, 0, 0, None, None, False, -9223372036854775808), ('isBuyerMaker', 'u1', 48, 0, 0, None, None, False, 255), ('isBestMatch', 'u1', 49, 0, 0, None, None, False, 255)], [], 50)
_GS_KlinesResponse__klines = GroupSpec('klines', '<', [('openTime', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('openPrice', '<i8', 8, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('highPrice', '<i8', 16, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('lowPrice', '<i8', 24, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('closePrice', '<i8', 32, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('volume', [('lo', '<u8'), ('hi', '<i8')], 40, 0, 2, None, ('outer', 1), False, -170141183460469231731687303715884105728), ('closeTime', '<i8', 56, 0, 0, None, None, False, -9223372036854775808), ('quoteVolume', [('lo', '<u8'), ('hi', '<i8')], 64, 0, 2, None, ('outer', 0), False, -170141183460469231731687303715884105728), ('numTrades', '<i8', 80, 0, 0, None, None, False, -9223372036854775808), ('takerBuyBaseVolume', [('lo', '<u8'), ('hi', '<i8')], 88, 0, 2, None, ('outer', 1), False, -170141183460469231731687303715884105728), ('takerBuyQuoteVolume', [('lo', '<u8'), ('hi', '<i8')], 104, 0, 2, None, ('outer', 0), False, -170141183460469231731687303715884105728)], [], 120)
_GS_Ticker24hFullResponse__tickers = GroupSpec('tickers', '<', [('priceExponent', 'i1', 0, 0, 0, None, None, True, -128), ('qtyExponent', 'i1', 1, 0, 0, None, None, True, -128), ('priceChange', '<i8', 2, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('priceChangePercent', '<f4', 10, 0, 0, None, None, False, float('nan')), ('weightedAvgPrice', '<i8', 14, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('prevClosePrice', '<i8', 22, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('lastPrice', '<i8', 30, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('lastQty', [('lo', '<u8'), ('hi', '<i8')], 38, 0, 2, None, ('local', 'qtyExponent'), False, -170141183460469231731687303715884105728), ('bidPrice', '<i8', 54, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('bidQty', '<i8', 62, 0, 1, None, ('local', 'qtyExponent'), False, -9223372036854775808), ('askPrice', '<i8', 70, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('askQty', '<i8', 78, 0, 1, None, ('local', 'qtyExponent'), False, -9223372036854775808), ('openPrice', '<i8', 86, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('highPrice', '<i8', 94, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('lowPrice', '<i8', 102, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('volume', [('lo', '<u8'), ('hi', '<i8')], 110, 0, 2, None, ('local', 'qtyExponent'), False, -170141183460469231731687303715884105728), ('quoteVolume', [('lo', '<u8'), ('hi', '<i8')], 126, 0, 2, None, ('local', 'priceExponent'), False, -170141183460469231731687303715884105728), ('openTime', '<i8', 142, 0, 0, None, None, False, -9223372036854775808), ('closeTime', '<i8', 150, 0, 0, None, None, False, -9223372036854775808), ('firstId', '<i8', 158, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('lastId', '<i8', 166, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('numTrades', '<i8', 174, 0, 0, None, None, False, -9223372036854775808)], ['symbol'], 182)
_GS_Ticker24hMiniResponse__tickers = GroupSpec('tickers', '<', [('priceExponent', 'i1', 0, 0, 0, None, None, True, -128), ('qtyExponent', 'i1', 1, 0, 0, None, None, True, -128), ('openPrice', '<i8', 2, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('highPrice', '<i8', 10, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('lowPrice', '<i8', 18, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('lastPrice', '<i8', 26, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('volume', [('lo', '<u8'), ('hi', '<i8')], 34, 0, 2, None, ('local', 'qtyExponent'), False, -170141183460469231731687303715884105728), ('quoteVolume', [('lo', '<u8'), ('hi', '<i8')], 50, 0, 2, None, ('local', 'priceExponent'), False, -170141183460469231731687303715884105728), ('openTime', '<i8', 66, 0, 0, None, None, False, -9223372036854775808), ('closeTime', '<i8', 74, 0, 0, None, None, False, -9223372036854775808), ('firstId', '<i8', 82, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('lastId', '<i8', 90, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('numTrades', '<i8', 98, 0, 0, None, None, False, -9223372036854775808)], ['symbol'], 106)
_GS_PriceTickerResponse__tickers = GroupSpec('tickers', '<', [('priceExponent', 'i1', 0, 0, 0, None, None, True, -128), ('price', '<i8', 1, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808)], ['symbol'], 9)
_GS_BookTickerResponse__tickers = GroupSpec('tickers', '<', [('priceExponent', 'i1', 0, 0, 0, None, None, True, -128), ('qtyExponent', 'i1', 1, 0, 0, None, None, True, -128), ('bidPrice', '<i8', 2, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('bidQty', '<i8', 10, 0, 1, None, ('local', 'qtyExponent'), False, -9223372036854775808), ('askPrice', '<i8', 18, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('askQty', '<i8', 26, 0, 1, None, ('local', 'qtyExponent'), False, -9223372036854775808)], ['symbol'], 34)
_GS_TickerFullResponse__tickers = GroupSpec('tickers', '<', [('priceExponent', 'i1', 0, 0, 0, None, None, True, -128), ('qtyExponent', 'i1', 1, 0, 0, None, None, True, -128), ('priceChange', '<i8', 2, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('priceChangePercent', '<f4', 10, 0, 0, None, None, False, float('nan')), ('weightedAvgPrice', '<i8', 14, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('openPrice', '<i8', 22, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('highPrice', '<i8', 30, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('lowPrice', '<i8', 38, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('lastPrice', '<i8', 46, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('volume', [('lo', '<u8'), ('hi', '<i8')], 54, 0, 2, None, ('local', 'qtyExponent'), False, -170141183460469231731687303715884105728), ('quoteVolume', [('lo', '<u8'), ('hi', '<i8')], 70, 0, 2, None, ('local', 'priceExponent'), False, -170141183460469231731687303715884105728), ('openTime', '<i8', 86, 0, 0, None, None, False, -9223372036854775808), ('closeTime', '<i8', 94, 0, 0, None, None, False, -9223372036854775808), ('firstId', '<i8', 102, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('lastId', '<i8', 110, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('numTrades', '<i8', 118, 0, 0, None, None, False, -9223372036854775808)], ['symbol'], 126)
_GS_TickerMiniResponse__tickers = GroupSpec('tickers', '<', [('priceExponent', 'i1', 0, 0, 0, None, None, True, -128), ('qtyExponent', 'i1', 1, 0, 0, None, None, True, -128), ('openPrice', '<i8', 2, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('highPrice', '<i8', 10, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('lowPrice', '<i8', 18, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('lastPrice', '<i8', 26, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('volume', [('lo', '<u8'), ('hi', '<i8')], 34, 0, 2, None, ('local', 'qtyExponent'), False, -170141183460469231731687303715884105728), ('quoteVolume', [('lo', '<u8'), ('hi', '<i8')], 50, 0, 2, None, ('local', 'priceExponent'), False, -170141183460469231731687303715884105728), ('openTime', '<i8', 66, 0, 0, None, None, False, -9223372036854775808), ('closeTime', '<i8', 74, 0, 0, None, None, False, -9223372036854775808), ('firstId', '<i8', 82, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('lastId', '<i8', 90, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('numTrades', '<i8', 98, 0, 0, None, None, False, -9223372036854775808)], ['symbol'], 106)
_GS_BlockTradesResponse__blockTrades = GroupSpec('blockTrades', '<', [('id', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('price', '<i8', 8, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 16, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('quoteQty', '<i8', 24, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('time', '<i8', 32, 0, 0, None, None, False, -9223372036854775808), ('isBuyerMaker', 'u1', 40, 0, 0, None, None, False, 255)], [], 41)
_GS_NewOrderFullResponse__fills = GroupSpec('fills', '<', [('commissionExponent', 'i1', 0, 0, 0, None, None, True, -128), ('matchType', 'u1', 1, 0, 0, None, None, False, 255), ('price', '<i8', 2, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 10, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('commission', '<i8', 18, 0, 1, None, ('local', 'commissionExponent'), False, -9223372036854775808), ('tradeId', '<i8', 26, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('allocId', '<i8', 34, 0, 0, -9223372036854775808, None, False, -9223372036854775808)], ['commissionAsset'], 42)
_GS_NewOrderFullResponse__preventedMatches = GroupSpec('preventedMatches', '<', [('preventedMatchId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('makerOrderId', '<i8', 8, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('price', '<i8', 16, 0, 1, -9223372036854775808, ('outer', 0), False, -9223372036854775808), ('takerPreventedQuantity', '<i8', 24, 0, 1, -9223372036854775808, ('outer', 1), False, -9223372036854775808), ('makerPreventedQuantity', '<i8', 32, 0, 1, -9223372036854775808, ('outer', 1), False, -9223372036854775808)], ['makerSymbol'], 40)
_GS_CancelOpenOrdersResponse__responses = GroupSpec('responses', '<', [], ['response'], 0)
_GS_OrdersResponse__orders = GroupSpec('orders', '<', [('priceExponent', 'i1', 0, 0, 0, None, None, True, -128), ('qtyExponent', 'i1', 1, 0, 0, None, None, True, -128), ('orderId', '<i8', 2, 0, 0, None, None, False, -9223372036854775808), ('orderListId', '<i8', 10, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('price', '<i8', 18, 0, 1, None, ('local', 'priceExponent'), False, -9223372036854775808), ('origQty', '<i8', 26, 0, 1, None, ('local', 'qtyExponent'), False, -9223372036854775808), ('executedQty', '<i8', 34, 0, 1, None, ('local', 'qtyExponent'), False, -9223372036854775808), ('cummulativeQuoteQty', '<i8', 42, 0, 1, None, ('local', 'priceExponent'), False, -9223372036854775808), ('status', 'u1', 50, 0, 0, None, None, False, 255), ('timeInForce', 'u1', 51, 0, 0, None, None, False, 255), ('orderType', 'u1', 52, 0, 0, None, None, False, 255), ('side', 'u1', 53, 0, 0, None, None, False, 255), ('stopPrice', '<i8', 54, 0, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('trailingDelta', '<i8', 62, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('trailingTime', '<i8', 70, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('icebergQty', '<i8', 78, 0, 1, -9223372036854775808, ('local', 'qtyExponent'), False, -9223372036854775808), ('time', '<i8', 86, 0, 0, None, None, False, -9223372036854775808), ('updateTime', '<i8', 94, 0, 0, None, None, False, -9223372036854775808), ('isWorking', 'u1', 102, 0, 0, None, None, False, 255), ('workingTime', '<i8', 103, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('origQuoteOrderQty', '<i8', 111, 0, 1, None, ('local', 'priceExponent'), False, -9223372036854775808), ('strategyId', '<i8', 119, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('strategyType', '<i4', 127, 0, 0, -2147483648, None, False, -2147483648), ('orderCapacity', 'u1', 131, 0, 0, None, None, False, 255), ('workingFloor', 'u1', 132, 0, 0, None, None, False, 255), ('selfTradePreventionMode', 'u1', 133, 0, 0, None, None, False, 255), ('preventedMatchId', '<i8', 134, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('preventedQuantity', '<i8', 142, 0, 1, None, ('local', 'priceExponent'), False, -9223372036854775808), ('usedSor', 'u1', 150, 0, 0, None, None, False, 255), ('pegPriceType', 'u1', 151, 1, 0, 255, None, False, 255), ('pegOffsetType', 'u1', 152, 1, 0, 255, None, False, 255), ('pegOffsetValue', 'u1', 153, 1, 0, 255, None, False, 255), ('peggedPrice', '<i8', 154, 1, 1, -9223372036854775808, ('local', 'priceExponent'), False, -9223372036854775808), ('expiryReason', 'u1', 162, 4, 0, 255, None, False, 255)], ['symbol', 'clientOrderId'], 163)
_GS_NewOrderListAckResponse__orders = GroupSpec('orders', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808)], ['symbol', 'clientOrderId'], 8)
_GS_NewOrderListAckResponse__orderReports = GroupSpec('orderReports', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('orderListId', '<i8', 8, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('transactTime', '<i8', 16, 0, 0, None, None, False, -9223372036854775808)], ['symbol', 'clientOrderId'], 24)
_GS_NewOrderListResultResponse__orders = GroupSpec('orders', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808)], ['symbol', 'clientOrderId'], 8)
_GS_NewOrderListResultResponse__orderReports = GroupSpec('orderReports', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('orderListId', '<i8', 8, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('transactTime', '<i8', 16, 0, 0, None, None, False, -9223372036854775808), ('price', '<i8', 24, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('origQty', '<i8', 32, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('executedQty', '<i8', 40, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('cummulativeQuoteQty', '<i8', 48, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('status', 'u1', 56, 0, 0, None, None, False, 255), ('timeInForce', 'u1', 57, 0, 0, None, None, False, 255), ('orderType', 'u1', 58, 0, 0, None, None, False, 255), ('side', 'u1', 59, 0, 0, None, None, False, 255), ('stopPrice', '<i8', 60, 0, 1, -9223372036854775808, ('outer', 0), False, -9223372036854775808), ('trailingDelta', '<i8', 68, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('trailingTime', '<i8', 76, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('workingTime', '<i8', 84, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('icebergQty', '<i8', 92, 0, 1, -9223372036854775808, ('outer', 1), False, -9223372036854775808), ('strategyId', '<i8', 100, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('strategyType', '<i4', 108, 0, 0, -2147483648, None, False, -2147483648), ('orderCapacity', 'u1', 112, 0, 0, None, None, False, 255), ('workingFloor', 'u1', 113, 0, 0, None, None, False, 255), ('selfTradePreventionMode', 'u1', 114, 0, 0, None, None, False, 255), ('tradeGroupId', '<i8', 115, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('preventedQuantity', '<i8', 123, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('usedSor', 'u1', 131, 0, 0, None, None, False, 255), ('origQuoteOrderQty', '<i8', 132, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('pegPriceType', 'u1', 140, 1, 0, 255, None, False, 255), ('pegOffsetType', 'u1', 141, 1, 0, 255, None, False, 255), ('pegOffsetValue', 'u1', 142, 1, 0, 255, None, False, 255), ('peggedPrice', '<i8', 143, 1, 1, -9223372036854775808, ('outer', 0), False, -9223372036854775808), ('expiryReason', 'u1', 151, 3, 0, 255, None, False, 255)], ['symbol', 'clientOrderId'], 152)
_GS_NewOrderListFullResponse__orders = GroupSpec('orders', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808)], ['symbol', 'clientOrderId'], 8)
_GS_NewOrderListFullResponse__orderReports = GroupSpec('orderReports', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('orderListId', '<i8', 8, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('transactTime', '<i8', 16, 0, 0, None, None, False, -9223372036854775808), ('price', '<i8', 24, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('origQty', '<i8', 32, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('executedQty', '<i8', 40, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('cummulativeQuoteQty', '<i8', 48, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('status', 'u1', 56, 0, 0, None, None, False, 255), ('timeInForce', 'u1', 57, 0, 0, None, None, False, 255), ('orderType', 'u1', 58, 0, 0, None, None, False, 255), ('side', 'u1', 59, 0, 0, None, None, False, 255), ('stopPrice', '<i8', 60, 0, 1, -9223372036854775808, ('outer', 0), False, -9223372036854775808), ('trailingDelta', '<i8', 68, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('trailingTime', '<i8', 76, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('workingTime', '<i8', 84, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('icebergQty', '<i8', 92, 0, 1, -9223372036854775808, ('outer', 1), False, -9223372036854775808), ('strategyId', '<i8', 100, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('strategyType', '<i4', 108, 0, 0, -2147483648, None, False, -2147483648), ('orderCapacity', 'u1', 112, 0, 0, None, None, False, 255), ('workingFloor', 'u1', 113, 0, 0, None, None, False, 255), ('selfTradePreventionMode', 'u1', 114, 0, 0, None, None, False, 255), ('tradeGroupId', '<i8', 115, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('preventedQuantity', '<i8', 123, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('usedSor', 'u1', 131, 0, 0, None, None, False, 255), ('origQuoteOrderQty', '<i8', 132, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('pegPriceType', 'u1', 140, 1, 0, 255, None, False, 255), ('pegOffsetType', 'u1', 141, 1, 0, 255, None, False, 255), ('pegOffsetValue', 'u1', 142, 1, 0, 255, None, False, 255), ('peggedPrice', '<i8', 143, 1, 1, -9223372036854775808, ('outer', 0), False, -9223372036854775808), ('expiryReason', 'u1', 151, 3, 0, 255, None, False, 255)], ['fills', 'preventedMatches', 'symbol', 'clientOrderId'], 152)
_GS_NewOrderListFullResponse__orderReports__fills = GroupSpec('fills', '<', [('commissionExponent', 'i1', 0, 0, 0, None, None, True, -128), ('matchType', 'u1', 1, 0, 0, None, None, False, 255), ('price', '<i8', 2, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 10, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('commission', '<i8', 18, 0, 1, None, ('local', 'commissionExponent'), False, -9223372036854775808), ('tradeId', '<i8', 26, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('allocId', '<i8', 34, 0, 0, -9223372036854775808, None, False, -9223372036854775808)], ['commissionAsset'], 42)
_GS_NewOrderListFullResponse__orderReports__preventedMatches = GroupSpec('preventedMatches', '<', [('preventedMatchId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('makerOrderId', '<i8', 8, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('price', '<i8', 16, 0, 1, -9223372036854775808, ('outer', 0), False, -9223372036854775808), ('takerPreventedQuantity', '<i8', 24, 0, 1, -9223372036854775808, ('outer', 1), False, -9223372036854775808), ('makerPreventedQuantity', '<i8', 32, 0, 1, -9223372036854775808, ('outer', 1), False, -9223372036854775808)], ['makerSymbol'], 40)
_GS_CancelOrderListResponse__orders = GroupSpec('orders', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808)], ['symbol', 'clientOrderId'], 8)
_GS_CancelOrderListResponse__orderReports = GroupSpec('orderReports', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('orderListId', '<i8', 8, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('transactTime', '<i8', 16, 0, 0, None, None, False, -9223372036854775808), ('price', '<i8', 24, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('origQty', '<i8', 32, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('executedQty', '<i8', 40, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('cummulativeQuoteQty', '<i8', 48, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('status', 'u1', 56, 0, 0, None, None, False, 255), ('timeInForce', 'u1', 57, 0, 0, None, None, False, 255), ('orderType', 'u1', 58, 0, 0, None, None, False, 255), ('side', 'u1', 59, 0, 0, None, None, False, 255), ('stopPrice', '<i8', 60, 0, 1, -9223372036854775808, ('outer', 0), False, -9223372036854775808), ('trailingDelta', '<i8', 68, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('trailingTime', '<i8', 76, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('icebergQty', '<i8', 84, 0, 1, -9223372036854775808, ('outer', 1), False, -9223372036854775808), ('strategyId', '<i8', 92, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('strategyType', '<i4', 100, 0, 0, -2147483648, None, False, -2147483648), ('orderCapacity', 'u1', 104, 0, 0, None, None, False, 255), ('workingFloor', 'u1', 105, 0, 0, None, None, False, 255), ('selfTradePreventionMode', 'u1', 106, 0, 0, None, None, False, 255), ('preventedQuantity', '<i8', 107, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('usedSor', 'u1', 115, 0, 0, None, None, False, 255), ('origQuoteOrderQty', '<i8', 116, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('pegPriceType', 'u1', 124, 1, 0, 255, None, False, 255), ('pegOffsetType', 'u1', 125, 1, 0, 255, None, False, 255), ('pegOffsetValue', 'u1', 126, 1, 0, 255, None, False, 255), ('peggedPrice', '<i8', 127, 1, 1, -9223372036854775808, ('outer', 0), False, -9223372036854775808)], ['symbol', 'origClientOrderId', 'clientOrderId'], 135)
_GS_OrderListResponse__orders = GroupSpec('orders', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808)], ['symbol', 'clientOrderId'], 8)
_GS_OrderListsResponse__orderLists = GroupSpec('orderLists', '<', [('orderListId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('contingencyType', 'u1', 8, 0, 0, None, None, False, 255), ('listStatusType', 'u1', 9, 0, 0, None, None, False, 255), ('listOrderStatus', 'u1', 10, 0, 0, None, None, False, 255), ('transactionTime', '<i8', 11, 0, 0, None, None, False, -9223372036854775808)], ['orders', 'listClientOrderId', 'symbol'], 19)
_GS_OrderListsResponse__orderLists__orders = GroupSpec('orders', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808)], ['symbol', 'clientOrderId'], 8)
_GS_OrderAmendmentsResponse__amendments = GroupSpec('amendments', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('executionId', '<i8', 8, 0, 0, None, None, False, -9223372036854775808), ('qtyExponent', 'i1', 16, 0, 0, None, None, True, -128), ('origQty', '<i8', 17, 0, 1, None, ('local', 'qtyExponent'), False, -9223372036854775808), ('newQty', '<i8', 25, 0, 1, None, ('local', 'qtyExponent'), False, -9223372036854775808), ('time', '<i8', 33, 0, 0, None, None, False, -9223372036854775808)], ['symbol', 'origClientOrderId', 'newClientOrderId'], 41)
_GS_OrderAmendKeepPriorityResponse__listStatus = GroupSpec('listStatus', '<', [('orderListId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('contingencyType', 'u1', 8, 0, 0, None, None, False, 255), ('listOrderStatus', 'u1', 9, 0, 0, None, None, False, 255)], ['orders', 'listClientOrderId', 'symbol'], 10)
_GS_OrderAmendKeepPriorityResponse__listStatus__orders = GroupSpec('orders', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808)], ['symbol', 'clientOrderId'], 8)
_GS_OrderAmendKeepPriorityResponse__relatedOrders = GroupSpec('relatedOrders', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808), ('orderListId', '<i8', 8, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('price', '<i8', 16, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('qty', '<i8', 24, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('executedQty', '<i8', 32, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('preventedQty', '<i8', 40, 0, 1, None, ('outer', 1), False, -9223372036854775808), ('cumulativeQuoteQty', '<i8', 48, 0, 1, None, ('outer', 0), False, -9223372036854775808), ('status', 'u1', 56, 0, 0, None, None, False, 255), ('timeInForce', 'u1', 57, 0, 0, None, None, False, 255), ('orderType', 'u1', 58, 0, 0, None, None, False, 255), ('side', 'u1', 59, 0, 0, None, None, False, 255), ('stopPrice', '<i8', 60, 0, 1, -9223372036854775808, ('outer', 0), False, -9223372036854775808), ('trailingDelta', '<i8', 68, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('trailingTime', '<i8', 76, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('icebergQty', '<i8', 84, 0, 1, -9223372036854775808, ('outer', 1), False, -9223372036854775808), ('workingTime', '<i8', 92, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('strategyId', '<i8', 100, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('strategyType', '<i4', 108, 0, 0, -2147483648, None, False, -2147483648), ('orderCapacity', 'u1', 112, 0, 0, None, None, False, 255), ('workingFloor', 'u1', 113, 0, 0, None, None, False, 255), ('selfTradePreventionMode', 'u1', 114, 0, 0, None, None, False, 255), ('usedSor', 'u1', 115, 0, 0, None, None, False, 255), ('pegPriceType', 'u1', 116, 1, 0, 255, None, False, 255), ('pegOffsetType', 'u1', 117, 1, 0, 255, None, False, 255), ('pegOffsetValue', 'u1', 118, 1, 0, 255, None, False, 255), ('peggedPrice', '<i8', 119, 1, 1, -9223372036854775808, ('outer', 0), False, -9223372036854775808)], ['symbol', 'clientOrderId'], 127)
_GS_AccountResponse__balances = GroupSpec('balances', '<', [('exponent', 'i1', 0, 0, 0, None, None, True, -128), ('free', '<i8', 1, 0, 1, None, ('local', 'exponent'), False, -9223372036854775808), ('locked', '<i8', 9, 0, 1, None, ('local', 'exponent'), False, -9223372036854775808)], ['asset'], 17)
_GS_AccountResponse__permissions = GroupSpec('permissions', '<', [], ['permission'], 0)
_GS_AccountResponse__reduceOnlyAssets = GroupSpec('reduceOnlyAssets', '<', [], ['asset'], 0)
_GS_AccountTradesResponse__trades = GroupSpec('trades', '<', [('priceExponent', 'i1', 0, 0, 0, None, None, True, -128), ('qtyExponent', 'i1', 1, 0, 0, None, None, True, -128), ('commissionExponent', 'i1', 2, 0, 0, None, None, True, -128), ('id', '<i8', 3, 0, 0, None, None, False, -9223372036854775808), ('orderId', '<i8', 11, 0, 0, None, None, False, -9223372036854775808), ('orderListId', '<i8', 19, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('price', '<i8', 27, 0, 1, None, ('local', 'priceExponent'), False, -9223372036854775808), ('qty', '<i8', 35, 0, 1, None, ('local', 'qtyExponent'), False, -9223372036854775808), ('quoteQty', '<i8', 43, 0, 1, None, ('local', 'priceExponent'), False, -9223372036854775808), ('commission', '<i8', 51, 0, 1, None, ('local', 'commissionExponent'), False, -9223372036854775808), ('time', '<i8', 59, 0, 0, None, None, False, -9223372036854775808), ('isBuyer', 'u1', 67, 0, 0, None, None, False, 255), ('isMaker', 'u1', 68, 0, 0, None, None, False, 255), ('isBestMatch', 'u1', 69, 0, 0, None, None, False, 255)], ['symbol', 'commissionAsset'], 70)
_GS_AccountOrderRateLimitResponse__rateLimits = GroupSpec('rateLimits', '<', [('rateLimitType', 'u1', 0, 0, 0, None, None, False, 255), ('interval', 'u1', 1, 0, 0, None, None, False, 255), ('intervalNum', 'u1', 2, 0, 0, None, None, False, 255), ('rateLimit', '<i8', 3, 0, 0, None, None, False, -9223372036854775808), ('numOrders', '<i8', 11, 0, 0, None, None, False, -9223372036854775808)], [], 19)
_GS_AccountPreventedMatchesResponse__preventedMatches = GroupSpec('preventedMatches', '<', [('priceExponent', 'i1', 0, 0, 0, None, None, True, -128), ('qtyExponent', 'i1', 1, 0, 0, None, None, True, -128), ('preventedMatchId', '<i8', 2, 0, 0, None, None, False, -9223372036854775808), ('takerOrderId', '<i8', 10, 0, 0, None, None, False, -9223372036854775808), ('makerOrderId', '<i8', 18, 0, 0, None, None, False, -9223372036854775808), ('tradeGroupId', '<i8', 26, 0, 0, None, None, False, -9223372036854775808), ('selfTradePreventionMode', 'u1', 34, 0, 0, None, None, False, 255), ('price', '<i8', 35, 0, 1, None, ('local', 'priceExponent'), False, -9223372036854775808), ('takerPreventedQuantity', '<i8', 43, 0, 1, -9223372036854775808, ('local', 'qtyExponent'), False, -9223372036854775808), ('makerPreventedQuantity', '<i8', 51, 0, 1, -9223372036854775808, ('local', 'qtyExponent'), False, -9223372036854775808), ('transactTime', '<i8', 59, 0, 0, None, None, False, -9223372036854775808)], ['symbol', 'makerSymbol'], 67)
_GS_AccountAllocationsResponse__allocations = GroupSpec('allocations', '<', [('priceExponent', 'i1', 0, 0, 0, None, None, True, -128), ('qtyExponent', 'i1', 1, 0, 0, None, None, True, -128), ('commissionExponent', 'i1', 2, 0, 0, -128, None, True, -128), ('allocationId', '<i8', 3, 0, 0, None, None, False, -9223372036854775808), ('allocationType', 'u1', 11, 0, 0, None, None, False, 255), ('orderId', '<i8', 12, 0, 0, None, None, False, -9223372036854775808), ('orderListId', '<i8', 20, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('sourceTradeId', '<i8', 28, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('sourceAllocationId', '<i8', 36, 0, 0, -9223372036854775808, None, False, -9223372036854775808), ('price', '<i8', 44, 0, 1, None, ('local', 'priceExponent'), False, -9223372036854775808), ('qty', '<i8', 52, 0, 1, None, ('local', 'qtyExponent'), False, -9223372036854775808), ('quoteQty', '<i8', 60, 0, 1, None, ('local', 'priceExponent'), False, -9223372036854775808), ('commission', '<i8', 68, 0, 1, -9223372036854775808, ('local', 'commissionExponent'), False, -9223372036854775808), ('time', '<i8', 76, 0, 0, None, None, False, -9223372036854775808), ('isBuyer', 'u1', 84, 0, 0, None, None, False, 255), ('isMaker', 'u1', 85, 0, 0, None, None, False, 255), ('isAllocator', 'u1', 86, 0, 0, None, None, False, 255)], ['symbol', 'commissionAsset', 'sourceSymbol'], 87)
_GS_ListStatusEvent__orders = GroupSpec('orders', '<', [('orderId', '<i8', 0, 0, 0, None, None, False, -9223372036854775808)], ['symbol', 'clientOrderId'], 8)
_GS_OutboundAccountPositionEvent__balances = GroupSpec('balances', '<', [('exponent', 'i1', 0, 0, 0, None, None, True, -128), ('free', '<i8', 1, 0, 1, None, ('local', 'exponent'), False, -9223372036854775808), ('locked', '<i8', 9, 0, 1, None, ('local', 'exponent'), False, -9223372036854775808)], ['asset'], 17)

# record classes: attribute descriptors and layouts (sbe._rt.record_class)
record_class(PriceFilter, 'PriceFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'minPrice', 'minPrice', 'mant', 'int64_t', 0, 0, 0, 'maxPrice', 'maxPrice', 'mant', 'int64_t', 0, 0, 0, 'tickSize', 'tickSize', 'mant', 'int64_t', 0, 0, 0))
record_class(PercentPriceFilter, 'PercentPriceFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'multiplierExponent', 'multiplierExponent', 'exp', 'int', 0, 0, 1, 'multiplierUp', 'multiplierUp', 'mant', 'int64_t', 0, 0, 0, 'multiplierDown', 'multiplierDown', 'mant', 'int64_t', 0, 0, 0, 'avgPriceMins', 'avgPriceMins', 'num', 'int32_t', 0, 0, 0))
record_class(PercentPriceBySideFilter, 'PercentPriceBySideFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'multiplierExponent', 'multiplierExponent', 'exp', 'int', 0, 0, 1, 'bidMultiplierUp', 'bidMultiplierUp', 'mant', 'int64_t', 0, 0, 0, 'bidMultiplierDown', 'bidMultiplierDown', 'mant', 'int64_t', 0, 0, 0, 'askMultiplierUp', 'askMultiplierUp', 'mant', 'int64_t', 0, 0, 0, 'askMultiplierDown', 'askMultiplierDown', 'mant', 'int64_t', 0, 0, 0, 'avgPriceMins', 'avgPriceMins', 'num', 'int32_t', 0, 0, 0))
record_class(LotSizeFilter, 'LotSizeFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'minQty', 'minQty', 'mant', 'int64_t', 0, 0, 0, 'maxQty', 'maxQty', 'mant', 'int64_t', 0, 0, 0, 'stepSize', 'stepSize', 'mant', 'int64_t', 0, 0, 0))
record_class(MinNotionalFilter, 'MinNotionalFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'minNotional', 'minNotional', 'mant', 'int64_t', 0, 0, 0, 'applyToMarket', 'applyToMarket', 'obj', None, 0, 0, 0, 'avgPriceMins', 'avgPriceMins', 'num', 'int32_t', 0, 0, 0))
record_class(NotionalFilter, 'NotionalFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'minNotional', 'minNotional', 'mant', 'int64_t', 0, 0, 0, 'applyMinToMarket', 'applyMinToMarket', 'obj', None, 0, 0, 0, 'maxNotional', 'maxNotional', 'mant', 'int64_t', 0, 0, 0, 'applyMaxToMarket', 'applyMaxToMarket', 'obj', None, 0, 0, 0, 'avgPriceMins', 'avgPriceMins', 'num', 'int32_t', 0, 0, 0))
record_class(IcebergPartsFilter, 'IcebergPartsFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'filterLimit', 'filterLimit', 'num', 'int64_t', 0, 0, 0))
record_class(MarketLotSizeFilter, 'MarketLotSizeFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'minQty', 'minQty', 'mant', 'int64_t', 0, 0, 0, 'maxQty', 'maxQty', 'mant', 'int64_t', 0, 0, 0, 'stepSize', 'stepSize', 'mant', 'int64_t', 0, 0, 0))
record_class(MaxNumOrdersFilter, 'MaxNumOrdersFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'maxNumOrders', 'maxNumOrders', 'num', 'int64_t', 0, 0, 0))
record_class(MaxNumAlgoOrdersFilter, 'MaxNumAlgoOrdersFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'maxNumAlgoOrders', 'maxNumAlgoOrders', 'num', 'int64_t', 0, 0, 0))
record_class(MaxNumIcebergOrdersFilter, 'MaxNumIcebergOrdersFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'maxNumIcebergOrders', 'maxNumIcebergOrders', 'num', 'int64_t', 0, 0, 0))
record_class(MaxPositionFilter, 'MaxPositionFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'maxPosition', 'maxPosition', 'mant', 'int64_t', 0, 0, 0))
record_class(TrailingDeltaFilter, 'TrailingDeltaFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'minTrailingAboveDelta', 'minTrailingAboveDelta', 'num', 'int64_t', 0, 0, 0, 'maxTrailingAboveDelta', 'maxTrailingAboveDelta', 'num', 'int64_t', 0, 0, 0, 'minTrailingBelowDelta', 'minTrailingBelowDelta', 'num', 'int64_t', 0, 0, 0, 'maxTrailingBelowDelta', 'maxTrailingBelowDelta', 'num', 'int64_t', 0, 0, 0))
record_class(TPlusSellFilter, 'TPlusSellFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'endTime', 'endTime', 'obj', None, 0, 0, 0))
record_class(MaxNumOrderListsFilter, 'MaxNumOrderListsFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'maxNumOrderLists', 'maxNumOrderLists', 'num', 'int64_t', 0, 0, 0))
record_class(MaxNumOrderAmendsFilter, 'MaxNumOrderAmendsFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'maxNumOrderAmends', 'maxNumOrderAmends', 'num', 'int64_t', 0, 0, 0))
record_class(ExchangeMaxNumOrdersFilter, 'ExchangeMaxNumOrdersFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'maxNumOrders', 'maxNumOrders', 'num', 'int64_t', 0, 0, 0))
record_class(ExchangeMaxNumAlgoOrdersFilter, 'ExchangeMaxNumAlgoOrdersFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'maxNumAlgoOrders', 'maxNumAlgoOrders', 'num', 'int64_t', 0, 0, 0))
record_class(ExchangeMaxNumIcebergOrdersFilter, 'ExchangeMaxNumIcebergOrdersFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'maxNumIcebergOrders', 'maxNumIcebergOrders', 'num', 'int64_t', 0, 0, 0))
record_class(ExchangeMaxNumOrderListsFilter, 'ExchangeMaxNumOrderListsFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'maxNumOrderLists', 'maxNumOrderLists', 'num', 'int64_t', 0, 0, 0))
record_class(MaxAssetFilter, 'MaxAssetFilter', ('filterType', 'filterType', 'obj', None, 0, 0, 0, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'maxQty', 'maxQty', 'mant', 'int64_t', 0, 0, 0, 'asset', 'asset', 'obj', None, 0, 0, 0))
record_class(PriceRangeExecutionRule, 'PriceRangeExecutionRule', ('ruleType', 'ruleType', 'obj', None, 0, 0, 0, 'multiplierExponent', 'multiplierExponent', 'exp', 'int', 0, 0, 1, 'bidLimitMultUp', 'bidLimitMultUp', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'bidLimitMultDown', 'bidLimitMultDown', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'askLimitMultUp', 'askLimitMultUp', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'askLimitMultDown', 'askLimitMultDown', 'mant', 'int64_t', 1, -9223372036854775808, 0))
record_class(WebSocketResponse, 'WebSocketResponse', ('sbeSchemaIdVersionDeprecated', 'sbeSchemaIdVersionDeprecated', 'obj', None, 0, 0, 0, 'status', 'status', 'num', 'uint16_t', 0, 0, 0, 'rateLimits', 'rateLimits', 'plain', None, 0, 0, 0, 'id', 'id', 'obj', None, 0, 0, 0, 'result', 'result', 'plain', None, 0, 0, 0))
record_class(WebSocketResponse_rateLimits, None, ('rateLimitType', 'rateLimitType', 'obj', None, 0, 0, 0, 'interval', 'interval', 'obj', None, 0, 0, 0, 'intervalNum', 'intervalNum', 'num', 'uint8_t', 0, 0, 0, 'rateLimit', 'rateLimit', 'num', 'int64_t', 0, 0, 0, 'current', 'current', 'num', 'int64_t', 0, 0, 0))
record_class(WebSocketSessionLogonResponse, 'WebSocketSessionLogonResponse', ('authorizedSince', 'authorizedSince', 'num', 'int64_t', 0, 0, 0, 'connectedSince', 'connectedSince', 'num', 'int64_t', 0, 0, 0, 'returnRateLimits', 'returnRateLimits', 'obj', None, 0, 0, 0, 'serverTime', 'serverTime', 'num', 'int64_t', 0, 0, 0, 'userDataStream', 'userDataStream', 'obj', None, 0, 0, 0, 'loggedOnApiKey', 'loggedOnApiKey', 'obj', None, 0, 0, 0))
record_class(WebSocketSessionStatusResponse, 'WebSocketSessionStatusResponse', ('authorizedSince', 'authorizedSince', 'obj', None, 0, 0, 0, 'connectedSince', 'connectedSince', 'num', 'int64_t', 0, 0, 0, 'returnRateLimits', 'returnRateLimits', 'obj', None, 0, 0, 0, 'serverTime', 'serverTime', 'num', 'int64_t', 0, 0, 0, 'userDataStream', 'userDataStream', 'obj', None, 0, 0, 0, 'loggedOnApiKey', 'loggedOnApiKey', 'obj', None, 0, 0, 0))
record_class(WebSocketSessionLogoutResponse, 'WebSocketSessionLogoutResponse', ('authorizedSince', 'authorizedSince', 'obj', None, 0, 0, 0, 'connectedSince', 'connectedSince', 'num', 'int64_t', 0, 0, 0, 'returnRateLimits', 'returnRateLimits', 'obj', None, 0, 0, 0, 'serverTime', 'serverTime', 'num', 'int64_t', 0, 0, 0, 'userDataStream', 'userDataStream', 'obj', None, 0, 0, 0, 'loggedOnApiKey', 'loggedOnApiKey', 'obj', None, 0, 0, 0))
record_class(WebSocketSessionSubscriptionsResponse, 'WebSocketSessionSubscriptionsResponse', ('subscriptions', 'subscriptions', 'plain', None, 0, 0, 0))
record_class(WebSocketSessionSubscriptionsResponse_subscriptions, None, ('subscriptionId', 'subscriptionId', 'num', 'uint16_t', 0, 0, 0, 'expirationTime', 'expirationTime', 'obj', None, 0, 0, 0))
record_class(ErrorResponse, 'ErrorResponse', ('code', 'code', 'num', 'int16_t', 0, 0, 0, 'serverTime', 'serverTime', 'obj', None, 0, 0, 0, 'retryAfter', 'retryAfter', 'obj', None, 0, 0, 0, 'msg', 'msg', 'obj', None, 0, 0, 0, 'data', 'data', 'plain', None, 0, 0, 0))
record_class(PingResponse, 'PingResponse', ())
record_class(ServerTimeResponse, 'ServerTimeResponse', ('serverTime', 'serverTime', 'num', 'int64_t', 0, 0, 0))
record_class(ExchangeInfoResponse, 'ExchangeInfoResponse', ('rateLimits', 'rateLimits', 'plain', None, 0, 0, 0, 'exchangeFilters', 'exchangeFilters', 'plain', None, 0, 0, 0, 'symbols', 'symbols', 'plain', None, 0, 0, 0, 'sors', 'sors', 'plain', None, 0, 0, 0))
record_class(ExchangeInfoResponse_rateLimits, None, ('rateLimitType', 'rateLimitType', 'obj', None, 0, 0, 0, 'interval', 'interval', 'obj', None, 0, 0, 0, 'intervalNum', 'intervalNum', 'num', 'uint8_t', 0, 0, 0, 'rateLimit', 'rateLimit', 'num', 'int64_t', 0, 0, 0))
record_class(ExchangeInfoResponse_exchangeFilters, None, ('filter', 'filter', 'plain', None, 0, 0, 0))
record_class(ExchangeInfoResponse_symbols, None, ('status', 'status', 'obj', None, 0, 0, 0, 'baseAssetPrecision', 'baseAssetPrecision', 'num', 'uint8_t', 0, 0, 0, 'quoteAssetPrecision', 'quoteAssetPrecision', 'num', 'uint8_t', 0, 0, 0, 'baseCommissionPrecision', 'baseCommissionPrecision', 'num', 'uint8_t', 0, 0, 0, 'quoteCommissionPrecision', 'quoteCommissionPrecision', 'num', 'uint8_t', 0, 0, 0, 'orderTypes', 'orderTypes', 'obj', None, 0, 0, 0, 'icebergAllowed', 'icebergAllowed', 'obj', None, 0, 0, 0, 'ocoAllowed', 'ocoAllowed', 'obj', None, 0, 0, 0, 'otoAllowed', 'otoAllowed', 'obj', None, 0, 0, 0, 'quoteOrderQtyMarketAllowed', 'quoteOrderQtyMarketAllowed', 'obj', None, 0, 0, 0, 'allowTrailingStop', 'allowTrailingStop', 'obj', None, 0, 0, 0, 'cancelReplaceAllowed', 'cancelReplaceAllowed', 'obj', None, 0, 0, 0, 'amendAllowed', 'amendAllowed', 'obj', None, 0, 0, 0, 'isSpotTradingAllowed', 'isSpotTradingAllowed', 'obj', None, 0, 0, 0, 'isMarginTradingAllowed', 'isMarginTradingAllowed', 'obj', None, 0, 0, 0, 'defaultSelfTradePreventionMode', 'defaultSelfTradePreventionMode', 'obj', None, 0, 0, 0, 'allowedSelfTradePreventionModes', 'allowedSelfTradePreventionModes', 'obj', None, 0, 0, 0, 'pegInstructionsAllowed', 'pegInstructionsAllowed', 'obj', None, 0, 0, 0, 'filters', 'filters', 'plain', None, 0, 0, 0, 'permissionSets', 'permissionSets', 'plain', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'baseAsset', 'baseAsset', 'obj', None, 0, 0, 0, 'quoteAsset', 'quoteAsset', 'obj', None, 0, 0, 0))
record_class(ExchangeInfoResponse_symbols_filters, None, ('filter', 'filter', 'plain', None, 0, 0, 0))
record_class(ExchangeInfoResponse_symbols_permissionSets, None, ('permissions', 'permissions', 'plain', None, 0, 0, 0))
record_class(ExchangeInfoResponse_symbols_permissionSets_permissions, None, ('permission', 'permission', 'obj', None, 0, 0, 0))
record_class(ExchangeInfoResponse_sors, None, ('sorSymbols', 'sorSymbols', 'plain', None, 0, 0, 0, 'baseAsset', 'baseAsset', 'obj', None, 0, 0, 0))
record_class(ExchangeInfoResponse_sors_sorSymbols, None, ('symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(ExecutionRulesResponse, 'ExecutionRulesResponse', ('symbolRules', 'symbolRules', 'plain', None, 0, 0, 0))
record_class(ExecutionRulesResponse_symbolRules, None, ('rules', 'rules', 'plain', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(ExecutionRulesResponse_symbolRules_rules, None, ('rule', 'rule', 'plain', None, 0, 0, 0))
record_class(MyFiltersResponse, 'MyFiltersResponse', ('exchangeFilters', 'exchangeFilters', 'plain', None, 0, 0, 0, 'symbolFilters', 'symbolFilters', 'plain', None, 0, 0, 0, 'assetFilters', 'assetFilters', 'plain', None, 0, 0, 0))
record_class(MyFiltersResponse_exchangeFilters, None, ('filter', 'filter', 'plain', None, 0, 0, 0))
record_class(MyFiltersResponse_symbolFilters, None, ('filter', 'filter', 'plain', None, 0, 0, 0))
record_class(MyFiltersResponse_assetFilters, None, ('filter', 'filter', 'plain', None, 0, 0, 0))
record_class(DepthResponse, 'DepthResponse', ('lastUpdateId', 'lastUpdateId', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'bids', 'bids', 'plain', None, 0, 0, 0, 'asks', 'asks', 'plain', None, 0, 0, 0))
record_class(DepthResponse_bids, None, ('price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0))
record_class(DepthResponse_asks, None, ('price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0))
record_class(TradesResponse, 'TradesResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'trades', 'trades', 'plain', None, 0, 0, 0))
record_class(TradesResponse_trades, None, ('id', 'id', 'num', 'int64_t', 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0, 'quoteQty', 'quoteQty', 'mant', 'int64_t', 0, 0, 0, 'time', 'time', 'num', 'int64_t', 0, 0, 0, 'isBuyerMaker', 'isBuyerMaker', 'obj', None, 0, 0, 0, 'isBestMatch', 'isBestMatch', 'obj', None, 0, 0, 0))
record_class(AggTradesResponse, 'AggTradesResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'aggTrades', 'aggTrades', 'plain', None, 0, 0, 0))
record_class(AggTradesResponse_aggTrades, None, ('aggTradeId', 'aggTradeId', 'num', 'int64_t', 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0, 'firstTradeId', 'firstTradeId', 'num', 'int64_t', 0, 0, 0, 'lastTradeId', 'lastTradeId', 'num', 'int64_t', 0, 0, 0, 'time', 'time', 'num', 'int64_t', 0, 0, 0, 'isBuyerMaker', 'isBuyerMaker', 'obj', None, 0, 0, 0, 'isBestMatch', 'isBestMatch', 'obj', None, 0, 0, 0))
record_class(KlinesResponse, 'KlinesResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'klines', 'klines', 'plain', None, 0, 0, 0))
record_class(KlinesResponse_klines, None, ('openTime', 'openTime', 'num', 'int64_t', 0, 0, 0, 'openPrice', 'openPrice', 'mant', 'int64_t', 0, 0, 0, 'highPrice', 'highPrice', 'mant', 'int64_t', 0, 0, 0, 'lowPrice', 'lowPrice', 'mant', 'int64_t', 0, 0, 0, 'closePrice', 'closePrice', 'mant', 'int64_t', 0, 0, 0, 'volume', 'volume', 'obj', None, 0, 0, 0, 'closeTime', 'closeTime', 'num', 'int64_t', 0, 0, 0, 'quoteVolume', 'quoteVolume', 'obj', None, 0, 0, 0, 'numTrades', 'numTrades', 'num', 'int64_t', 0, 0, 0, 'takerBuyBaseVolume', 'takerBuyBaseVolume', 'obj', None, 0, 0, 0, 'takerBuyQuoteVolume', 'takerBuyQuoteVolume', 'obj', None, 0, 0, 0))
record_class(AveragePriceResponse, 'AveragePriceResponse', ('mins', 'mins', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'price', 'price', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'closeTime', 'closeTime', 'obj', None, 0, 0, 0))
record_class(Ticker24hSymbolFullResponse, 'Ticker24hSymbolFullResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'priceChange', 'priceChange', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'priceChangePercent', 'priceChangePercent', 'obj', None, 0, 0, 0, 'weightedAvgPrice', 'weightedAvgPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'prevClosePrice', 'prevClosePrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lastPrice', 'lastPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lastQty', 'lastQty', 'obj', None, 0, 0, 0, 'bidPrice', 'bidPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'bidQty', 'bidQty', 'mant', 'int64_t', 0, 0, 0, 'askPrice', 'askPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'askQty', 'askQty', 'mant', 'int64_t', 0, 0, 0, 'openPrice', 'openPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'highPrice', 'highPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lowPrice', 'lowPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'volume', 'volume', 'obj', None, 0, 0, 0, 'quoteVolume', 'quoteVolume', 'obj', None, 0, 0, 0, 'openTime', 'openTime', 'num', 'int64_t', 0, 0, 0, 'closeTime', 'closeTime', 'num', 'int64_t', 0, 0, 0, 'firstId', 'firstId', 'obj', None, 0, 0, 0, 'lastId', 'lastId', 'obj', None, 0, 0, 0, 'numTrades', 'numTrades', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(Ticker24hFullResponse, 'Ticker24hFullResponse', ('tickers', 'tickers', 'plain', None, 0, 0, 0))
record_class(Ticker24hFullResponse_tickers, None, ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'priceChange', 'priceChange', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'priceChangePercent', 'priceChangePercent', 'obj', None, 0, 0, 0, 'weightedAvgPrice', 'weightedAvgPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'prevClosePrice', 'prevClosePrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lastPrice', 'lastPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lastQty', 'lastQty', 'obj', None, 0, 0, 0, 'bidPrice', 'bidPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'bidQty', 'bidQty', 'mant', 'int64_t', 0, 0, 0, 'askPrice', 'askPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'askQty', 'askQty', 'mant', 'int64_t', 0, 0, 0, 'openPrice', 'openPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'highPrice', 'highPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lowPrice', 'lowPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'volume', 'volume', 'obj', None, 0, 0, 0, 'quoteVolume', 'quoteVolume', 'obj', None, 0, 0, 0, 'openTime', 'openTime', 'num', 'int64_t', 0, 0, 0, 'closeTime', 'closeTime', 'num', 'int64_t', 0, 0, 0, 'firstId', 'firstId', 'obj', None, 0, 0, 0, 'lastId', 'lastId', 'obj', None, 0, 0, 0, 'numTrades', 'numTrades', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(Ticker24hSymbolMiniResponse, 'Ticker24hSymbolMiniResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'openPrice', 'openPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'highPrice', 'highPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lowPrice', 'lowPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lastPrice', 'lastPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'volume', 'volume', 'obj', None, 0, 0, 0, 'quoteVolume', 'quoteVolume', 'obj', None, 0, 0, 0, 'openTime', 'openTime', 'num', 'int64_t', 0, 0, 0, 'closeTime', 'closeTime', 'num', 'int64_t', 0, 0, 0, 'firstId', 'firstId', 'obj', None, 0, 0, 0, 'lastId', 'lastId', 'obj', None, 0, 0, 0, 'numTrades', 'numTrades', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(Ticker24hMiniResponse, 'Ticker24hMiniResponse', ('tickers', 'tickers', 'plain', None, 0, 0, 0))
record_class(Ticker24hMiniResponse_tickers, None, ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'openPrice', 'openPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'highPrice', 'highPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lowPrice', 'lowPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lastPrice', 'lastPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'volume', 'volume', 'obj', None, 0, 0, 0, 'quoteVolume', 'quoteVolume', 'obj', None, 0, 0, 0, 'openTime', 'openTime', 'num', 'int64_t', 0, 0, 0, 'closeTime', 'closeTime', 'num', 'int64_t', 0, 0, 0, 'firstId', 'firstId', 'obj', None, 0, 0, 0, 'lastId', 'lastId', 'obj', None, 0, 0, 0, 'numTrades', 'numTrades', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(PriceTickerSymbolResponse, 'PriceTickerSymbolResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'price', 'price', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(PriceTickerResponse, 'PriceTickerResponse', ('tickers', 'tickers', 'plain', None, 0, 0, 0))
record_class(PriceTickerResponse_tickers, None, ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'price', 'price', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(BookTickerSymbolResponse, 'BookTickerSymbolResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'bidPrice', 'bidPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'bidQty', 'bidQty', 'mant', 'int64_t', 0, 0, 0, 'askPrice', 'askPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'askQty', 'askQty', 'mant', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(BookTickerResponse, 'BookTickerResponse', ('tickers', 'tickers', 'plain', None, 0, 0, 0))
record_class(BookTickerResponse_tickers, None, ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'bidPrice', 'bidPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'bidQty', 'bidQty', 'mant', 'int64_t', 0, 0, 0, 'askPrice', 'askPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'askQty', 'askQty', 'mant', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(TickerSymbolFullResponse, 'TickerSymbolFullResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'priceChange', 'priceChange', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'priceChangePercent', 'priceChangePercent', 'obj', None, 0, 0, 0, 'weightedAvgPrice', 'weightedAvgPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'openPrice', 'openPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'highPrice', 'highPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lowPrice', 'lowPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lastPrice', 'lastPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'volume', 'volume', 'obj', None, 0, 0, 0, 'quoteVolume', 'quoteVolume', 'obj', None, 0, 0, 0, 'openTime', 'openTime', 'num', 'int64_t', 0, 0, 0, 'closeTime', 'closeTime', 'num', 'int64_t', 0, 0, 0, 'firstId', 'firstId', 'obj', None, 0, 0, 0, 'lastId', 'lastId', 'obj', None, 0, 0, 0, 'numTrades', 'numTrades', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(TickerFullResponse, 'TickerFullResponse', ('tickers', 'tickers', 'plain', None, 0, 0, 0))
record_class(TickerFullResponse_tickers, None, ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'priceChange', 'priceChange', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'priceChangePercent', 'priceChangePercent', 'obj', None, 0, 0, 0, 'weightedAvgPrice', 'weightedAvgPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'openPrice', 'openPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'highPrice', 'highPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lowPrice', 'lowPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lastPrice', 'lastPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'volume', 'volume', 'obj', None, 0, 0, 0, 'quoteVolume', 'quoteVolume', 'obj', None, 0, 0, 0, 'openTime', 'openTime', 'num', 'int64_t', 0, 0, 0, 'closeTime', 'closeTime', 'num', 'int64_t', 0, 0, 0, 'firstId', 'firstId', 'obj', None, 0, 0, 0, 'lastId', 'lastId', 'obj', None, 0, 0, 0, 'numTrades', 'numTrades', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(TickerSymbolMiniResponse, 'TickerSymbolMiniResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'openPrice', 'openPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'highPrice', 'highPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lowPrice', 'lowPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lastPrice', 'lastPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'volume', 'volume', 'obj', None, 0, 0, 0, 'quoteVolume', 'quoteVolume', 'obj', None, 0, 0, 0, 'openTime', 'openTime', 'num', 'int64_t', 0, 0, 0, 'closeTime', 'closeTime', 'num', 'int64_t', 0, 0, 0, 'firstId', 'firstId', 'obj', None, 0, 0, 0, 'lastId', 'lastId', 'obj', None, 0, 0, 0, 'numTrades', 'numTrades', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(TickerMiniResponse, 'TickerMiniResponse', ('tickers', 'tickers', 'plain', None, 0, 0, 0))
record_class(TickerMiniResponse_tickers, None, ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'openPrice', 'openPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'highPrice', 'highPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lowPrice', 'lowPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'lastPrice', 'lastPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'volume', 'volume', 'obj', None, 0, 0, 0, 'quoteVolume', 'quoteVolume', 'obj', None, 0, 0, 0, 'openTime', 'openTime', 'num', 'int64_t', 0, 0, 0, 'closeTime', 'closeTime', 'num', 'int64_t', 0, 0, 0, 'firstId', 'firstId', 'obj', None, 0, 0, 0, 'lastId', 'lastId', 'obj', None, 0, 0, 0, 'numTrades', 'numTrades', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(ReferencePriceResponse, 'ReferencePriceResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'referencePrice', 'referencePrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'timestamp', 'timestamp', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(ReferencePriceCalculationResponse, 'ReferencePriceCalculationResponse', ('calculationType', 'calculationType', 'obj', None, 0, 0, 0, 'externalCalculationId', 'externalCalculationId', 'obj', None, 0, 0, 0, 'bucketCount', 'bucketCount', 'obj', None, 0, 0, 0, 'bucketWidthMs', 'bucketWidthMs', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(BlockTradesResponse, 'BlockTradesResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'blockTrades', 'blockTrades', 'plain', None, 0, 0, 0))
record_class(BlockTradesResponse_blockTrades, None, ('id', 'id', 'num', 'int64_t', 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0, 'quoteQty', 'quoteQty', 'mant', 'int64_t', 0, 0, 0, 'time', 'time', 'num', 'int64_t', 0, 0, 0, 'isBuyerMaker', 'isBuyerMaker', 'obj', None, 0, 0, 0))
record_class(NewOrderAckResponse, 'NewOrderAckResponse', ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(NewOrderResultResponse, 'NewOrderResultResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'origQty', 'origQty', 'mant', 'int64_t', 0, 0, 0, 'executedQty', 'executedQty', 'mant', 'int64_t', 0, 0, 0, 'cummulativeQuoteQty', 'cummulativeQuoteQty', 'mant', 'int64_t', 0, 0, 0, 'status', 'status', 'obj', None, 0, 0, 0, 'timeInForce', 'timeInForce', 'obj', None, 0, 0, 0, 'orderType', 'orderType', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'stopPrice', 'stopPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'trailingDelta', 'trailingDelta', 'obj', None, 0, 0, 0, 'trailingTime', 'trailingTime', 'obj', None, 0, 0, 0, 'workingTime', 'workingTime', 'obj', None, 0, 0, 0, 'icebergQty', 'icebergQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'strategyId', 'strategyId', 'obj', None, 0, 0, 0, 'strategyType', 'strategyType', 'obj', None, 0, 0, 0, 'orderCapacity', 'orderCapacity', 'obj', None, 0, 0, 0, 'workingFloor', 'workingFloor', 'obj', None, 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'tradeGroupId', 'tradeGroupId', 'obj', None, 0, 0, 0, 'preventedQuantity', 'preventedQuantity', 'mant', 'int64_t', 0, 0, 0, 'usedSor', 'usedSor', 'obj', None, 0, 0, 0, 'origQuoteOrderQty', 'origQuoteOrderQty', 'mant', 'int64_t', 0, 0, 0, 'pegPriceType', 'pegPriceType', 'obj', None, 0, 0, 0, 'pegOffsetType', 'pegOffsetType', 'obj', None, 0, 0, 0, 'pegOffsetValue', 'pegOffsetValue', 'obj', None, 0, 0, 0, 'peggedPrice', 'peggedPrice', 'obj', None, 0, 0, 0, 'expiryReason', 'expiryReason', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(NewOrderFullResponse, 'NewOrderFullResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'origQty', 'origQty', 'mant', 'int64_t', 0, 0, 0, 'executedQty', 'executedQty', 'mant', 'int64_t', 0, 0, 0, 'cummulativeQuoteQty', 'cummulativeQuoteQty', 'mant', 'int64_t', 0, 0, 0, 'status', 'status', 'obj', None, 0, 0, 0, 'timeInForce', 'timeInForce', 'obj', None, 0, 0, 0, 'orderType', 'orderType', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'stopPrice', 'stopPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'trailingDelta', 'trailingDelta', 'obj', None, 0, 0, 0, 'trailingTime', 'trailingTime', 'obj', None, 0, 0, 0, 'workingTime', 'workingTime', 'obj', None, 0, 0, 0, 'icebergQty', 'icebergQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'strategyId', 'strategyId', 'obj', None, 0, 0, 0, 'strategyType', 'strategyType', 'obj', None, 0, 0, 0, 'orderCapacity', 'orderCapacity', 'obj', None, 0, 0, 0, 'workingFloor', 'workingFloor', 'obj', None, 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'tradeGroupId', 'tradeGroupId', 'obj', None, 0, 0, 0, 'preventedQuantity', 'preventedQuantity', 'mant', 'int64_t', 0, 0, 0, 'usedSor', 'usedSor', 'obj', None, 0, 0, 0, 'origQuoteOrderQty', 'origQuoteOrderQty', 'mant', 'int64_t', 0, 0, 0, 'pegPriceType', 'pegPriceType', 'obj', None, 0, 0, 0, 'pegOffsetType', 'pegOffsetType', 'obj', None, 0, 0, 0, 'pegOffsetValue', 'pegOffsetValue', 'obj', None, 0, 0, 0, 'peggedPrice', 'peggedPrice', 'obj', None, 0, 0, 0, 'expiryReason', 'expiryReason', 'obj', None, 0, 0, 0, 'fills', 'fills', 'plain', None, 0, 0, 0, 'preventedMatches', 'preventedMatches', 'plain', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(NewOrderFullResponse_fills, None, ('commissionExponent', 'commissionExponent', 'exp', 'int', 0, 0, 1, 'matchType', 'matchType', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0, 'commission', 'commission', 'mant', 'int64_t', 0, 0, 0, 'tradeId', 'tradeId', 'obj', None, 0, 0, 0, 'allocId', 'allocId', 'obj', None, 0, 0, 0, 'commissionAsset', 'commissionAsset', 'obj', None, 0, 0, 0))
record_class(NewOrderFullResponse_preventedMatches, None, ('preventedMatchId', 'preventedMatchId', 'num', 'int64_t', 0, 0, 0, 'makerOrderId', 'makerOrderId', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'takerPreventedQuantity', 'takerPreventedQuantity', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'makerPreventedQuantity', 'makerPreventedQuantity', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'makerSymbol', 'makerSymbol', 'obj', None, 0, 0, 0))
record_class(OrderTestResponse, 'OrderTestResponse', ())
record_class(OrderResponse, 'OrderResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'origQty', 'origQty', 'mant', 'int64_t', 0, 0, 0, 'executedQty', 'executedQty', 'mant', 'int64_t', 0, 0, 0, 'cummulativeQuoteQty', 'cummulativeQuoteQty', 'mant', 'int64_t', 0, 0, 0, 'status', 'status', 'obj', None, 0, 0, 0, 'timeInForce', 'timeInForce', 'obj', None, 0, 0, 0, 'orderType', 'orderType', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'stopPrice', 'stopPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'trailingDelta', 'trailingDelta', 'obj', None, 0, 0, 0, 'trailingTime', 'trailingTime', 'obj', None, 0, 0, 0, 'icebergQty', 'icebergQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'time', 'time', 'num', 'int64_t', 0, 0, 0, 'updateTime', 'updateTime', 'num', 'int64_t', 0, 0, 0, 'isWorking', 'isWorking', 'obj', None, 0, 0, 0, 'workingTime', 'workingTime', 'obj', None, 0, 0, 0, 'origQuoteOrderQty', 'origQuoteOrderQty', 'mant', 'int64_t', 0, 0, 0, 'strategyId', 'strategyId', 'obj', None, 0, 0, 0, 'strategyType', 'strategyType', 'obj', None, 0, 0, 0, 'orderCapacity', 'orderCapacity', 'obj', None, 0, 0, 0, 'workingFloor', 'workingFloor', 'obj', None, 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'preventedMatchId', 'preventedMatchId', 'obj', None, 0, 0, 0, 'preventedQuantity', 'preventedQuantity', 'mant', 'int64_t', 0, 0, 0, 'usedSor', 'usedSor', 'obj', None, 0, 0, 0, 'pegPriceType', 'pegPriceType', 'obj', None, 0, 0, 0, 'pegOffsetType', 'pegOffsetType', 'obj', None, 0, 0, 0, 'pegOffsetValue', 'pegOffsetValue', 'obj', None, 0, 0, 0, 'peggedPrice', 'peggedPrice', 'obj', None, 0, 0, 0, 'expiryReason', 'expiryReason', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(CancelOrderResponse, 'CancelOrderResponse', ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'origQty', 'origQty', 'mant', 'int64_t', 0, 0, 0, 'executedQty', 'executedQty', 'mant', 'int64_t', 0, 0, 0, 'cummulativeQuoteQty', 'cummulativeQuoteQty', 'mant', 'int64_t', 0, 0, 0, 'status', 'status', 'obj', None, 0, 0, 0, 'timeInForce', 'timeInForce', 'obj', None, 0, 0, 0, 'orderType', 'orderType', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'stopPrice', 'stopPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'trailingDelta', 'trailingDelta', 'obj', None, 0, 0, 0, 'trailingTime', 'trailingTime', 'obj', None, 0, 0, 0, 'icebergQty', 'icebergQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'strategyId', 'strategyId', 'obj', None, 0, 0, 0, 'strategyType', 'strategyType', 'obj', None, 0, 0, 0, 'orderCapacity', 'orderCapacity', 'obj', None, 0, 0, 0, 'workingFloor', 'workingFloor', 'obj', None, 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'preventedQuantity', 'preventedQuantity', 'mant', 'int64_t', 0, 0, 0, 'usedSor', 'usedSor', 'obj', None, 0, 0, 0, 'origQuoteOrderQty', 'origQuoteOrderQty', 'mant', 'int64_t', 0, 0, 0, 'pegPriceType', 'pegPriceType', 'obj', None, 0, 0, 0, 'pegOffsetType', 'pegOffsetType', 'obj', None, 0, 0, 0, 'pegOffsetValue', 'pegOffsetValue', 'obj', None, 0, 0, 0, 'peggedPrice', 'peggedPrice', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'origClientOrderId', 'origClientOrderId', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(CancelOpenOrdersResponse, 'CancelOpenOrdersResponse', ('responses', 'responses', 'plain', None, 0, 0, 0))
record_class(CancelOpenOrdersResponse_responses, None, ('response', 'response', 'plain', None, 0, 0, 0))
record_class(CancelReplaceOrderResponse, 'CancelReplaceOrderResponse', ('cancelResult', 'cancelResult', 'obj', None, 0, 0, 0, 'newOrderResult', 'newOrderResult', 'obj', None, 0, 0, 0, 'cancelResponse', 'cancelResponse', 'plain', None, 0, 0, 0, 'newOrderResponse', 'newOrderResponse', 'plain', None, 0, 0, 0))
record_class(OrdersResponse, 'OrdersResponse', ('orders', 'orders', 'plain', None, 0, 0, 0))
record_class(OrdersResponse_orders, None, ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'origQty', 'origQty', 'mant', 'int64_t', 0, 0, 0, 'executedQty', 'executedQty', 'mant', 'int64_t', 0, 0, 0, 'cummulativeQuoteQty', 'cummulativeQuoteQty', 'mant', 'int64_t', 0, 0, 0, 'status', 'status', 'obj', None, 0, 0, 0, 'timeInForce', 'timeInForce', 'obj', None, 0, 0, 0, 'orderType', 'orderType', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'stopPrice', 'stopPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'trailingDelta', 'trailingDelta', 'obj', None, 0, 0, 0, 'trailingTime', 'trailingTime', 'obj', None, 0, 0, 0, 'icebergQty', 'icebergQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'time', 'time', 'num', 'int64_t', 0, 0, 0, 'updateTime', 'updateTime', 'num', 'int64_t', 0, 0, 0, 'isWorking', 'isWorking', 'obj', None, 0, 0, 0, 'workingTime', 'workingTime', 'obj', None, 0, 0, 0, 'origQuoteOrderQty', 'origQuoteOrderQty', 'mant', 'int64_t', 0, 0, 0, 'strategyId', 'strategyId', 'obj', None, 0, 0, 0, 'strategyType', 'strategyType', 'obj', None, 0, 0, 0, 'orderCapacity', 'orderCapacity', 'obj', None, 0, 0, 0, 'workingFloor', 'workingFloor', 'obj', None, 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'preventedMatchId', 'preventedMatchId', 'obj', None, 0, 0, 0, 'preventedQuantity', 'preventedQuantity', 'mant', 'int64_t', 0, 0, 0, 'usedSor', 'usedSor', 'obj', None, 0, 0, 0, 'pegPriceType', 'pegPriceType', 'obj', None, 0, 0, 0, 'pegOffsetType', 'pegOffsetType', 'obj', None, 0, 0, 0, 'pegOffsetValue', 'pegOffsetValue', 'obj', None, 0, 0, 0, 'peggedPrice', 'peggedPrice', 'obj', None, 0, 0, 0, 'expiryReason', 'expiryReason', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(NewOrderListAckResponse, 'NewOrderListAckResponse', ('orderListId', 'orderListId', 'num', 'int64_t', 0, 0, 0, 'contingencyType', 'contingencyType', 'obj', None, 0, 0, 0, 'listStatusType', 'listStatusType', 'obj', None, 0, 0, 0, 'listOrderStatus', 'listOrderStatus', 'obj', None, 0, 0, 0, 'transactionTime', 'transactionTime', 'num', 'int64_t', 0, 0, 0, 'orders', 'orders', 'plain', None, 0, 0, 0, 'orderReports', 'orderReports', 'plain', None, 0, 0, 0, 'listClientOrderId', 'listClientOrderId', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(NewOrderListAckResponse_orders, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(NewOrderListAckResponse_orderReports, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(NewOrderListResultResponse, 'NewOrderListResultResponse', ('orderListId', 'orderListId', 'num', 'int64_t', 0, 0, 0, 'contingencyType', 'contingencyType', 'obj', None, 0, 0, 0, 'listStatusType', 'listStatusType', 'obj', None, 0, 0, 0, 'listOrderStatus', 'listOrderStatus', 'obj', None, 0, 0, 0, 'transactionTime', 'transactionTime', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'orders', 'orders', 'plain', None, 0, 0, 0, 'orderReports', 'orderReports', 'plain', None, 0, 0, 0, 'listClientOrderId', 'listClientOrderId', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(NewOrderListResultResponse_orders, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(NewOrderListResultResponse_orderReports, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'origQty', 'origQty', 'mant', 'int64_t', 0, 0, 0, 'executedQty', 'executedQty', 'mant', 'int64_t', 0, 0, 0, 'cummulativeQuoteQty', 'cummulativeQuoteQty', 'mant', 'int64_t', 0, 0, 0, 'status', 'status', 'obj', None, 0, 0, 0, 'timeInForce', 'timeInForce', 'obj', None, 0, 0, 0, 'orderType', 'orderType', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'stopPrice', 'stopPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'trailingDelta', 'trailingDelta', 'obj', None, 0, 0, 0, 'trailingTime', 'trailingTime', 'obj', None, 0, 0, 0, 'workingTime', 'workingTime', 'obj', None, 0, 0, 0, 'icebergQty', 'icebergQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'strategyId', 'strategyId', 'obj', None, 0, 0, 0, 'strategyType', 'strategyType', 'obj', None, 0, 0, 0, 'orderCapacity', 'orderCapacity', 'obj', None, 0, 0, 0, 'workingFloor', 'workingFloor', 'obj', None, 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'tradeGroupId', 'tradeGroupId', 'obj', None, 0, 0, 0, 'preventedQuantity', 'preventedQuantity', 'mant', 'int64_t', 0, 0, 0, 'usedSor', 'usedSor', 'obj', None, 0, 0, 0, 'origQuoteOrderQty', 'origQuoteOrderQty', 'mant', 'int64_t', 0, 0, 0, 'pegPriceType', 'pegPriceType', 'obj', None, 0, 0, 0, 'pegOffsetType', 'pegOffsetType', 'obj', None, 0, 0, 0, 'pegOffsetValue', 'pegOffsetValue', 'obj', None, 0, 0, 0, 'peggedPrice', 'peggedPrice', 'obj', None, 0, 0, 0, 'expiryReason', 'expiryReason', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(NewOrderListFullResponse, 'NewOrderListFullResponse', ('orderListId', 'orderListId', 'num', 'int64_t', 0, 0, 0, 'contingencyType', 'contingencyType', 'obj', None, 0, 0, 0, 'listStatusType', 'listStatusType', 'obj', None, 0, 0, 0, 'listOrderStatus', 'listOrderStatus', 'obj', None, 0, 0, 0, 'transactionTime', 'transactionTime', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'orders', 'orders', 'plain', None, 0, 0, 0, 'orderReports', 'orderReports', 'plain', None, 0, 0, 0, 'listClientOrderId', 'listClientOrderId', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(NewOrderListFullResponse_orders, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(NewOrderListFullResponse_orderReports, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'origQty', 'origQty', 'mant', 'int64_t', 0, 0, 0, 'executedQty', 'executedQty', 'mant', 'int64_t', 0, 0, 0, 'cummulativeQuoteQty', 'cummulativeQuoteQty', 'mant', 'int64_t', 0, 0, 0, 'status', 'status', 'obj', None, 0, 0, 0, 'timeInForce', 'timeInForce', 'obj', None, 0, 0, 0, 'orderType', 'orderType', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'stopPrice', 'stopPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'trailingDelta', 'trailingDelta', 'obj', None, 0, 0, 0, 'trailingTime', 'trailingTime', 'obj', None, 0, 0, 0, 'workingTime', 'workingTime', 'obj', None, 0, 0, 0, 'icebergQty', 'icebergQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'strategyId', 'strategyId', 'obj', None, 0, 0, 0, 'strategyType', 'strategyType', 'obj', None, 0, 0, 0, 'orderCapacity', 'orderCapacity', 'obj', None, 0, 0, 0, 'workingFloor', 'workingFloor', 'obj', None, 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'tradeGroupId', 'tradeGroupId', 'obj', None, 0, 0, 0, 'preventedQuantity', 'preventedQuantity', 'mant', 'int64_t', 0, 0, 0, 'usedSor', 'usedSor', 'obj', None, 0, 0, 0, 'origQuoteOrderQty', 'origQuoteOrderQty', 'mant', 'int64_t', 0, 0, 0, 'pegPriceType', 'pegPriceType', 'obj', None, 0, 0, 0, 'pegOffsetType', 'pegOffsetType', 'obj', None, 0, 0, 0, 'pegOffsetValue', 'pegOffsetValue', 'obj', None, 0, 0, 0, 'peggedPrice', 'peggedPrice', 'obj', None, 0, 0, 0, 'expiryReason', 'expiryReason', 'obj', None, 0, 0, 0, 'fills', 'fills', 'plain', None, 0, 0, 0, 'preventedMatches', 'preventedMatches', 'plain', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(NewOrderListFullResponse_orderReports_fills, None, ('commissionExponent', 'commissionExponent', 'exp', 'int', 0, 0, 1, 'matchType', 'matchType', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0, 'commission', 'commission', 'mant', 'int64_t', 0, 0, 0, 'tradeId', 'tradeId', 'obj', None, 0, 0, 0, 'allocId', 'allocId', 'obj', None, 0, 0, 0, 'commissionAsset', 'commissionAsset', 'obj', None, 0, 0, 0))
record_class(NewOrderListFullResponse_orderReports_preventedMatches, None, ('preventedMatchId', 'preventedMatchId', 'num', 'int64_t', 0, 0, 0, 'makerOrderId', 'makerOrderId', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'takerPreventedQuantity', 'takerPreventedQuantity', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'makerPreventedQuantity', 'makerPreventedQuantity', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'makerSymbol', 'makerSymbol', 'obj', None, 0, 0, 0))
record_class(CancelOrderListResponse, 'CancelOrderListResponse', ('orderListId', 'orderListId', 'num', 'int64_t', 0, 0, 0, 'contingencyType', 'contingencyType', 'obj', None, 0, 0, 0, 'listStatusType', 'listStatusType', 'obj', None, 0, 0, 0, 'listOrderStatus', 'listOrderStatus', 'obj', None, 0, 0, 0, 'transactionTime', 'transactionTime', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'orders', 'orders', 'plain', None, 0, 0, 0, 'orderReports', 'orderReports', 'plain', None, 0, 0, 0, 'listClientOrderId', 'listClientOrderId', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(CancelOrderListResponse_orders, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(CancelOrderListResponse_orderReports, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'origQty', 'origQty', 'mant', 'int64_t', 0, 0, 0, 'executedQty', 'executedQty', 'mant', 'int64_t', 0, 0, 0, 'cummulativeQuoteQty', 'cummulativeQuoteQty', 'mant', 'int64_t', 0, 0, 0, 'status', 'status', 'obj', None, 0, 0, 0, 'timeInForce', 'timeInForce', 'obj', None, 0, 0, 0, 'orderType', 'orderType', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'stopPrice', 'stopPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'trailingDelta', 'trailingDelta', 'obj', None, 0, 0, 0, 'trailingTime', 'trailingTime', 'obj', None, 0, 0, 0, 'icebergQty', 'icebergQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'strategyId', 'strategyId', 'obj', None, 0, 0, 0, 'strategyType', 'strategyType', 'obj', None, 0, 0, 0, 'orderCapacity', 'orderCapacity', 'obj', None, 0, 0, 0, 'workingFloor', 'workingFloor', 'obj', None, 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'preventedQuantity', 'preventedQuantity', 'mant', 'int64_t', 0, 0, 0, 'usedSor', 'usedSor', 'obj', None, 0, 0, 0, 'origQuoteOrderQty', 'origQuoteOrderQty', 'mant', 'int64_t', 0, 0, 0, 'pegPriceType', 'pegPriceType', 'obj', None, 0, 0, 0, 'pegOffsetType', 'pegOffsetType', 'obj', None, 0, 0, 0, 'pegOffsetValue', 'pegOffsetValue', 'obj', None, 0, 0, 0, 'peggedPrice', 'peggedPrice', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'origClientOrderId', 'origClientOrderId', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(OrderListResponse, 'OrderListResponse', ('orderListId', 'orderListId', 'num', 'int64_t', 0, 0, 0, 'contingencyType', 'contingencyType', 'obj', None, 0, 0, 0, 'listStatusType', 'listStatusType', 'obj', None, 0, 0, 0, 'listOrderStatus', 'listOrderStatus', 'obj', None, 0, 0, 0, 'transactionTime', 'transactionTime', 'num', 'int64_t', 0, 0, 0, 'orders', 'orders', 'plain', None, 0, 0, 0, 'listClientOrderId', 'listClientOrderId', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(OrderListResponse_orders, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(OrderListsResponse, 'OrderListsResponse', ('orderLists', 'orderLists', 'plain', None, 0, 0, 0))
record_class(OrderListsResponse_orderLists, None, ('orderListId', 'orderListId', 'num', 'int64_t', 0, 0, 0, 'contingencyType', 'contingencyType', 'obj', None, 0, 0, 0, 'listStatusType', 'listStatusType', 'obj', None, 0, 0, 0, 'listOrderStatus', 'listOrderStatus', 'obj', None, 0, 0, 0, 'transactionTime', 'transactionTime', 'num', 'int64_t', 0, 0, 0, 'orders', 'orders', 'plain', None, 0, 0, 0, 'listClientOrderId', 'listClientOrderId', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(OrderListsResponse_orderLists_orders, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(OrderTestWithCommissionsResponse, 'OrderTestWithCommissionsResponse', ('commissionExponent', 'commissionExponent', 'exp', 'int', 0, 0, 1, 'discountExponent', 'discountExponent', 'exp', 'int', 0, 0, 1, 'standardCommissionForOrderMaker', 'standardCommissionForOrderMaker', 'mant', 'int64_t', 0, 0, 0, 'standardCommissionForOrderTaker', 'standardCommissionForOrderTaker', 'mant', 'int64_t', 0, 0, 0, 'taxCommissionForOrderMaker', 'taxCommissionForOrderMaker', 'mant', 'int64_t', 0, 0, 0, 'taxCommissionForOrderTaker', 'taxCommissionForOrderTaker', 'mant', 'int64_t', 0, 0, 0, 'discountEnabledForAccount', 'discountEnabledForAccount', 'obj', None, 0, 0, 0, 'discountEnabledForSymbol', 'discountEnabledForSymbol', 'obj', None, 0, 0, 0, 'discount', 'discount', 'mant', 'int64_t', 0, 0, 0, 'specialCommissionForOrderMaker', 'specialCommissionForOrderMaker', 'obj', None, 0, 0, 0, 'specialCommissionForOrderTaker', 'specialCommissionForOrderTaker', 'obj', None, 0, 0, 0, 'discountAsset', 'discountAsset', 'obj', None, 0, 0, 0))
record_class(OrderAmendmentsResponse, 'OrderAmendmentsResponse', ('amendments', 'amendments', 'plain', None, 0, 0, 0))
record_class(OrderAmendmentsResponse_amendments, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'executionId', 'executionId', 'num', 'int64_t', 0, 0, 0, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'origQty', 'origQty', 'mant', 'int64_t', 0, 0, 0, 'newQty', 'newQty', 'mant', 'int64_t', 0, 0, 0, 'time', 'time', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'origClientOrderId', 'origClientOrderId', 'obj', None, 0, 0, 0, 'newClientOrderId', 'newClientOrderId', 'obj', None, 0, 0, 0))
record_class(OrderAmendKeepPriorityResponse, 'OrderAmendKeepPriorityResponse', ('transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'executionId', 'executionId', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0, 'executedQty', 'executedQty', 'mant', 'int64_t', 0, 0, 0, 'preventedQty', 'preventedQty', 'mant', 'int64_t', 0, 0, 0, 'cumulativeQuoteQty', 'cumulativeQuoteQty', 'mant', 'int64_t', 0, 0, 0, 'status', 'status', 'obj', None, 0, 0, 0, 'timeInForce', 'timeInForce', 'obj', None, 0, 0, 0, 'orderType', 'orderType', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'stopPrice', 'stopPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'trailingDelta', 'trailingDelta', 'obj', None, 0, 0, 0, 'trailingTime', 'trailingTime', 'obj', None, 0, 0, 0, 'icebergQty', 'icebergQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'workingTime', 'workingTime', 'obj', None, 0, 0, 0, 'strategyId', 'strategyId', 'obj', None, 0, 0, 0, 'strategyType', 'strategyType', 'obj', None, 0, 0, 0, 'orderCapacity', 'orderCapacity', 'obj', None, 0, 0, 0, 'workingFloor', 'workingFloor', 'obj', None, 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'usedSor', 'usedSor', 'obj', None, 0, 0, 0, 'pegPriceType', 'pegPriceType', 'obj', None, 0, 0, 0, 'pegOffsetType', 'pegOffsetType', 'obj', None, 0, 0, 0, 'pegOffsetValue', 'pegOffsetValue', 'obj', None, 0, 0, 0, 'peggedPrice', 'peggedPrice', 'obj', None, 0, 0, 0, 'listStatus', 'listStatus', 'plain', None, 0, 0, 0, 'relatedOrders', 'relatedOrders', 'plain', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'origClientOrderId', 'origClientOrderId', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(OrderAmendKeepPriorityResponse_listStatus, None, ('orderListId', 'orderListId', 'num', 'int64_t', 0, 0, 0, 'contingencyType', 'contingencyType', 'obj', None, 0, 0, 0, 'listOrderStatus', 'listOrderStatus', 'obj', None, 0, 0, 0, 'orders', 'orders', 'plain', None, 0, 0, 0, 'listClientOrderId', 'listClientOrderId', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0))
record_class(OrderAmendKeepPriorityResponse_listStatus_orders, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(OrderAmendKeepPriorityResponse_relatedOrders, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0, 'executedQty', 'executedQty', 'mant', 'int64_t', 0, 0, 0, 'preventedQty', 'preventedQty', 'mant', 'int64_t', 0, 0, 0, 'cumulativeQuoteQty', 'cumulativeQuoteQty', 'mant', 'int64_t', 0, 0, 0, 'status', 'status', 'obj', None, 0, 0, 0, 'timeInForce', 'timeInForce', 'obj', None, 0, 0, 0, 'orderType', 'orderType', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'stopPrice', 'stopPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'trailingDelta', 'trailingDelta', 'obj', None, 0, 0, 0, 'trailingTime', 'trailingTime', 'obj', None, 0, 0, 0, 'icebergQty', 'icebergQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'workingTime', 'workingTime', 'obj', None, 0, 0, 0, 'strategyId', 'strategyId', 'obj', None, 0, 0, 0, 'strategyType', 'strategyType', 'obj', None, 0, 0, 0, 'orderCapacity', 'orderCapacity', 'obj', None, 0, 0, 0, 'workingFloor', 'workingFloor', 'obj', None, 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'usedSor', 'usedSor', 'obj', None, 0, 0, 0, 'pegPriceType', 'pegPriceType', 'obj', None, 0, 0, 0, 'pegOffsetType', 'pegOffsetType', 'obj', None, 0, 0, 0, 'pegOffsetValue', 'pegOffsetValue', 'obj', None, 0, 0, 0, 'peggedPrice', 'peggedPrice', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(AccountResponse, 'AccountResponse', ('commissionExponent', 'commissionExponent', 'exp', 'int', 0, 0, 1, 'commissionRateMaker', 'commissionRateMaker', 'mant', 'int64_t', 0, 0, 0, 'commissionRateTaker', 'commissionRateTaker', 'mant', 'int64_t', 0, 0, 0, 'commissionRateBuyer', 'commissionRateBuyer', 'mant', 'int64_t', 0, 0, 0, 'commissionRateSeller', 'commissionRateSeller', 'mant', 'int64_t', 0, 0, 0, 'canTrade', 'canTrade', 'obj', None, 0, 0, 0, 'canWithdraw', 'canWithdraw', 'obj', None, 0, 0, 0, 'canDeposit', 'canDeposit', 'obj', None, 0, 0, 0, 'brokered', 'brokered', 'obj', None, 0, 0, 0, 'requireSelfTradePrevention', 'requireSelfTradePrevention', 'obj', None, 0, 0, 0, 'preventSor', 'preventSor', 'obj', None, 0, 0, 0, 'updateTime', 'updateTime', 'num', 'int64_t', 0, 0, 0, 'accountType', 'accountType', 'obj', None, 0, 0, 0, 'tradeGroupId', 'tradeGroupId', 'obj', None, 0, 0, 0, 'uid', 'uid', 'num', 'int64_t', 0, 0, 0, 'balances', 'balances', 'plain', None, 0, 0, 0, 'permissions', 'permissions', 'plain', None, 0, 0, 0, 'reduceOnlyAssets', 'reduceOnlyAssets', 'plain', None, 0, 0, 0))
record_class(AccountResponse_balances, None, ('exponent', 'exponent', 'exp', 'int', 0, 0, 1, 'free', 'free', 'mant', 'int64_t', 0, 0, 0, 'locked', 'locked', 'mant', 'int64_t', 0, 0, 0, 'asset', 'asset', 'obj', None, 0, 0, 0))
record_class(AccountResponse_permissions, None, ('permission', 'permission', 'obj', None, 0, 0, 0))
record_class(AccountResponse_reduceOnlyAssets, None, ('asset', 'asset', 'obj', None, 0, 0, 0))
record_class(AccountTradesResponse, 'AccountTradesResponse', ('trades', 'trades', 'plain', None, 0, 0, 0))
record_class(AccountTradesResponse_trades, None, ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'commissionExponent', 'commissionExponent', 'exp', 'int', 0, 0, 1, 'id', 'id', 'num', 'int64_t', 0, 0, 0, 'orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0, 'quoteQty', 'quoteQty', 'mant', 'int64_t', 0, 0, 0, 'commission', 'commission', 'mant', 'int64_t', 0, 0, 0, 'time', 'time', 'num', 'int64_t', 0, 0, 0, 'isBuyer', 'isBuyer', 'obj', None, 0, 0, 0, 'isMaker', 'isMaker', 'obj', None, 0, 0, 0, 'isBestMatch', 'isBestMatch', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'commissionAsset', 'commissionAsset', 'obj', None, 0, 0, 0))
record_class(AccountOrderRateLimitResponse, 'AccountOrderRateLimitResponse', ('rateLimits', 'rateLimits', 'plain', None, 0, 0, 0))
record_class(AccountOrderRateLimitResponse_rateLimits, None, ('rateLimitType', 'rateLimitType', 'obj', None, 0, 0, 0, 'interval', 'interval', 'obj', None, 0, 0, 0, 'intervalNum', 'intervalNum', 'num', 'uint8_t', 0, 0, 0, 'rateLimit', 'rateLimit', 'num', 'int64_t', 0, 0, 0, 'numOrders', 'numOrders', 'num', 'int64_t', 0, 0, 0))
record_class(AccountPreventedMatchesResponse, 'AccountPreventedMatchesResponse', ('preventedMatches', 'preventedMatches', 'plain', None, 0, 0, 0))
record_class(AccountPreventedMatchesResponse_preventedMatches, None, ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'preventedMatchId', 'preventedMatchId', 'num', 'int64_t', 0, 0, 0, 'takerOrderId', 'takerOrderId', 'num', 'int64_t', 0, 0, 0, 'makerOrderId', 'makerOrderId', 'num', 'int64_t', 0, 0, 0, 'tradeGroupId', 'tradeGroupId', 'num', 'int64_t', 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'takerPreventedQuantity', 'takerPreventedQuantity', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'makerPreventedQuantity', 'makerPreventedQuantity', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'makerSymbol', 'makerSymbol', 'obj', None, 0, 0, 0))
record_class(AccountAllocationsResponse, 'AccountAllocationsResponse', ('allocations', 'allocations', 'plain', None, 0, 0, 0))
record_class(AccountAllocationsResponse_allocations, None, ('priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'commissionExponent', 'commissionExponent', 'exp', 'int', 0, 0, 1, 'allocationId', 'allocationId', 'num', 'int64_t', 0, 0, 0, 'allocationType', 'allocationType', 'obj', None, 0, 0, 0, 'orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'sourceTradeId', 'sourceTradeId', 'obj', None, 0, 0, 0, 'sourceAllocationId', 'sourceAllocationId', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0, 'quoteQty', 'quoteQty', 'mant', 'int64_t', 0, 0, 0, 'commission', 'commission', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'time', 'time', 'num', 'int64_t', 0, 0, 0, 'isBuyer', 'isBuyer', 'obj', None, 0, 0, 0, 'isMaker', 'isMaker', 'obj', None, 0, 0, 0, 'isAllocator', 'isAllocator', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'commissionAsset', 'commissionAsset', 'obj', None, 0, 0, 0, 'sourceSymbol', 'sourceSymbol', 'obj', None, 0, 0, 0))
record_class(AccountCommissionResponse, 'AccountCommissionResponse', ('commissionExponent', 'commissionExponent', 'exp', 'int', 0, 0, 1, 'discountExponent', 'discountExponent', 'exp', 'int', 0, 0, 1, 'standardCommissionMaker', 'standardCommissionMaker', 'mant', 'int64_t', 0, 0, 0, 'standardCommissionTaker', 'standardCommissionTaker', 'mant', 'int64_t', 0, 0, 0, 'standardCommissionBuyer', 'standardCommissionBuyer', 'mant', 'int64_t', 0, 0, 0, 'standardCommissionSeller', 'standardCommissionSeller', 'mant', 'int64_t', 0, 0, 0, 'taxCommissionMaker', 'taxCommissionMaker', 'mant', 'int64_t', 0, 0, 0, 'taxCommissionTaker', 'taxCommissionTaker', 'mant', 'int64_t', 0, 0, 0, 'taxCommissionBuyer', 'taxCommissionBuyer', 'mant', 'int64_t', 0, 0, 0, 'taxCommissionSeller', 'taxCommissionSeller', 'mant', 'int64_t', 0, 0, 0, 'discountEnabledForAccount', 'discountEnabledForAccount', 'obj', None, 0, 0, 0, 'discountEnabledForSymbol', 'discountEnabledForSymbol', 'obj', None, 0, 0, 0, 'discount', 'discount', 'mant', 'int64_t', 0, 0, 0, 'specialCommissionMaker', 'specialCommissionMaker', 'obj', None, 0, 0, 0, 'specialCommissionTaker', 'specialCommissionTaker', 'obj', None, 0, 0, 0, 'specialCommissionBuyer', 'specialCommissionBuyer', 'obj', None, 0, 0, 0, 'specialCommissionSeller', 'specialCommissionSeller', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'discountAsset', 'discountAsset', 'obj', None, 0, 0, 0))
record_class(UserDataStreamStartResponse, 'UserDataStreamStartResponse', ('listenKey', 'listenKey', 'obj', None, 0, 0, 0))
record_class(UserDataStreamPingResponse, 'UserDataStreamPingResponse', ())
record_class(UserDataStreamStopResponse, 'UserDataStreamStopResponse', ())
record_class(UserDataStreamSubscribeResponse, 'UserDataStreamSubscribeResponse', ('subscriptionId', 'subscriptionId', 'obj', None, 0, 0, 0))
record_class(UserDataStreamUnsubscribeResponse, 'UserDataStreamUnsubscribeResponse', ())
record_class(UserDataStreamSubscribeListenTokenResponse, 'UserDataStreamSubscribeListenTokenResponse', ('subscriptionId', 'subscriptionId', 'num', 'uint16_t', 0, 0, 0, 'expirationTime', 'expirationTime', 'num', 'int64_t', 0, 0, 0))
record_class(AllocationReportEvent, 'AllocationReportEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'commissionExponent', 'commissionExponent', 'exp', 'int', 0, 0, 1, 'allocationTransactionType', 'allocationTransactionType', 'obj', None, 0, 0, 0, 'allocationReportType', 'allocationReportType', 'obj', None, 0, 0, 0, 'allocationStatus', 'allocationStatus', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'counterPartyRole', 'counterPartyRole', 'obj', None, 0, 0, 0, 'counterPartyExternalAccountId', 'counterPartyExternalAccountId', 'num', 'int64_t', 0, 0, 0, 'counterPartyOrderId', 'counterPartyOrderId', 'num', 'int64_t', 0, 0, 0, 'allocationReportId', 'allocationReportId', 'num', 'int64_t', 0, 0, 0, 'allocationId', 'allocationId', 'num', 'int64_t', 0, 0, 0, 'sourceOrderId', 'sourceOrderId', 'num', 'int64_t', 0, 0, 0, 'sourceOrderListId', 'sourceOrderListId', 'obj', None, 0, 0, 0, 'sourceTradeId', 'sourceTradeId', 'obj', None, 0, 0, 0, 'sourceAllocationId', 'sourceAllocationId', 'obj', None, 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'qty', 'qty', 'mant', 'int64_t', 0, 0, 0, 'quoteQty', 'quoteQty', 'mant', 'int64_t', 0, 0, 0, 'commission', 'commission', 'mant', 'int64_t', 0, 0, 0, 'subscriptionId', 'subscriptionId', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'commissionAsset', 'commissionAsset', 'obj', None, 0, 0, 0, 'sourceSymbol', 'sourceSymbol', 'obj', None, 0, 0, 0))
record_class(BalanceUpdateEvent, 'BalanceUpdateEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0, 'clearTime', 'clearTime', 'obj', None, 0, 0, 0, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'freeQtyDelta', 'freeQtyDelta', 'mant', 'int64_t', 0, 0, 0, 'subscriptionId', 'subscriptionId', 'obj', None, 0, 0, 0, 'asset', 'asset', 'obj', None, 0, 0, 0))
record_class(EventStreamTerminatedEvent, 'EventStreamTerminatedEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0, 'subscriptionId', 'subscriptionId', 'obj', None, 0, 0, 0))
record_class(ExecutionReportEvent, 'ExecutionReportEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'priceExponent', 'priceExponent', 'exp', 'int', 0, 0, 1, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'commissionExponent', 'commissionExponent', 'exp', 'int', 0, 0, 1, 'orderCreationTime', 'orderCreationTime', 'obj', None, 0, 0, 0, 'workingTime', 'workingTime', 'obj', None, 0, 0, 0, 'orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'obj', None, 0, 0, 0, 'origQty', 'origQty', 'mant', 'int64_t', 0, 0, 0, 'price', 'price', 'mant', 'int64_t', 0, 0, 0, 'origQuoteOrderQty', 'origQuoteOrderQty', 'mant', 'int64_t', 0, 0, 0, 'icebergQty', 'icebergQty', 'mant', 'int64_t', 0, 0, 0, 'stopPrice', 'stopPrice', 'mant', 'int64_t', 0, 0, 0, 'orderType', 'orderType', 'obj', None, 0, 0, 0, 'side', 'side', 'obj', None, 0, 0, 0, 'timeInForce', 'timeInForce', 'obj', None, 0, 0, 0, 'executionType', 'executionType', 'obj', None, 0, 0, 0, 'orderStatus', 'orderStatus', 'obj', None, 0, 0, 0, 'tradeId', 'tradeId', 'obj', None, 0, 0, 0, 'executionId', 'executionId', 'num', 'int64_t', 0, 0, 0, 'executedQty', 'executedQty', 'mant', 'int64_t', 0, 0, 0, 'cummulativeQuoteQty', 'cummulativeQuoteQty', 'mant', 'int64_t', 0, 0, 0, 'lastQty', 'lastQty', 'mant', 'int64_t', 0, 0, 0, 'lastPrice', 'lastPrice', 'mant', 'int64_t', 0, 0, 0, 'quoteQty', 'quoteQty', 'mant', 'int64_t', 0, 0, 0, 'commission', 'commission', 'mant', 'int64_t', 0, 0, 0, 'isWorking', 'isWorking', 'obj', None, 0, 0, 0, 'isMaker', 'isMaker', 'obj', None, 0, 0, 0, 'isBestMatch', 'isBestMatch', 'obj', None, 0, 0, 0, 'matchType', 'matchType', 'obj', None, 0, 0, 0, 'selfTradePreventionMode', 'selfTradePreventionMode', 'obj', None, 0, 0, 0, 'orderCapacity', 'orderCapacity', 'obj', None, 0, 0, 0, 'workingFloor', 'workingFloor', 'obj', None, 0, 0, 0, 'usedSor', 'usedSor', 'obj', None, 0, 0, 0, 'allocId', 'allocId', 'obj', None, 0, 0, 0, 'trailingDelta', 'trailingDelta', 'obj', None, 0, 0, 0, 'trailingTime', 'trailingTime', 'obj', None, 0, 0, 0, 'tradeGroupId', 'tradeGroupId', 'obj', None, 0, 0, 0, 'preventedQty', 'preventedQty', 'mant', 'int64_t', 0, 0, 0, 'lastPreventedQty', 'lastPreventedQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'preventedMatchId', 'preventedMatchId', 'obj', None, 0, 0, 0, 'preventedExecutionQty', 'preventedExecutionQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'preventedExecutionPrice', 'preventedExecutionPrice', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'preventedExecutionQuoteQty', 'preventedExecutionQuoteQty', 'mant', 'int64_t', 1, -9223372036854775808, 0, 'strategyType', 'strategyType', 'obj', None, 0, 0, 0, 'strategyId', 'strategyId', 'obj', None, 0, 0, 0, 'counterOrderId', 'counterOrderId', 'obj', None, 0, 0, 0, 'subscriptionId', 'subscriptionId', 'obj', None, 0, 0, 0, 'pegPriceType', 'pegPriceType', 'obj', None, 0, 0, 0, 'pegOffsetType', 'pegOffsetType', 'obj', None, 0, 0, 0, 'pegOffsetValue', 'pegOffsetValue', 'obj', None, 0, 0, 0, 'peggedPrice', 'peggedPrice', 'obj', None, 0, 0, 0, 'expiryReason', 'expiryReason', 'obj', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0, 'origClientOrderId', 'origClientOrderId', 'obj', None, 0, 0, 0, 'commissionAsset', 'commissionAsset', 'obj', None, 0, 0, 0, 'rejectReason', 'rejectReason', 'obj', None, 0, 0, 0, 'counterSymbol', 'counterSymbol', 'obj', None, 0, 0, 0))
record_class(ExternalLockUpdateEvent, 'ExternalLockUpdateEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0, 'clearTime', 'clearTime', 'num', 'int64_t', 0, 0, 0, 'qtyExponent', 'qtyExponent', 'exp', 'int', 0, 0, 1, 'lockedQtyDelta', 'lockedQtyDelta', 'mant', 'int64_t', 0, 0, 0, 'subscriptionId', 'subscriptionId', 'obj', None, 0, 0, 0, 'asset', 'asset', 'obj', None, 0, 0, 0))
record_class(ListStatusEvent, 'ListStatusEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0, 'transactTime', 'transactTime', 'num', 'int64_t', 0, 0, 0, 'orderListId', 'orderListId', 'num', 'int64_t', 0, 0, 0, 'contingencyType', 'contingencyType', 'obj', None, 0, 0, 0, 'listStatusType', 'listStatusType', 'obj', None, 0, 0, 0, 'listOrderStatus', 'listOrderStatus', 'obj', None, 0, 0, 0, 'subscriptionId', 'subscriptionId', 'obj', None, 0, 0, 0, 'orders', 'orders', 'plain', None, 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'listClientOrderId', 'listClientOrderId', 'obj', None, 0, 0, 0, 'rejectReason', 'rejectReason', 'obj', None, 0, 0, 0))
record_class(ListStatusEvent_orders, None, ('orderId', 'orderId', 'num', 'int64_t', 0, 0, 0, 'symbol', 'symbol', 'obj', None, 0, 0, 0, 'clientOrderId', 'clientOrderId', 'obj', None, 0, 0, 0))
record_class(OutboundAccountPositionEvent, 'OutboundAccountPositionEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0, 'updateTime', 'updateTime', 'num', 'int64_t', 0, 0, 0, 'subscriptionId', 'subscriptionId', 'obj', None, 0, 0, 0, 'balances', 'balances', 'plain', None, 0, 0, 0))
record_class(OutboundAccountPositionEvent_balances, None, ('exponent', 'exponent', 'exp', 'int', 0, 0, 1, 'free', 'free', 'mant', 'int64_t', 0, 0, 0, 'locked', 'locked', 'mant', 'int64_t', 0, 0, 0, 'asset', 'asset', 'obj', None, 0, 0, 0))
record_class(ServerShutdownEvent, 'ServerShutdownEvent', ('eventTime', 'eventTime', 'num', 'int64_t', 0, 0, 0))
record_class(NonRepresentableMessage, 'NonRepresentableMessage', ())
