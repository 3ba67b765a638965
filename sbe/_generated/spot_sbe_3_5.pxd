# GENERATED FROM spot_3_5.xml (package spot_sbe, schema 3:5, sha256 542776a038883dafe962341a041323ff5d8d3e36f1b860ab60156a88a4080bcf) DO NOT EDIT.
# Regenerate with: python -m codegen --pinned
# cython: language_level=3
"""cimport-able fast path of spot_sbe_3_5: ``Decoder.decode`` is a cpdef method; record
classes expose their C fields (see sbe._rt.Record)."""

from libc.stdint cimport (int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t, uint32_t,
                          uint64_t)
from sbe._rt cimport DecoderBase, Record


cdef class Decoder(DecoderBase):
    pass


# peek functions (bounds-checked; see the module's peek_* docstrings)
cdef tuple peek_header_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos)
cdef object peek_template_id_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos)
cdef tuple peek_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos)
cdef tuple peek_envelope_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos)
cdef tuple peek_error_at(const uint8_t *b, Py_ssize_t size, Py_ssize_t pos)


cdef class PriceFilter(Record):
    cdef readonly object filterType
    cdef readonly int c_priceExponent
    cdef readonly int64_t c_minPrice
    cdef readonly int e_minPrice
    cdef readonly int64_t c_maxPrice
    cdef readonly int e_maxPrice
    cdef readonly int64_t c_tickSize
    cdef readonly int e_tickSize
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class PercentPriceFilter(Record):
    cdef readonly object filterType
    cdef readonly int c_multiplierExponent
    cdef readonly int64_t c_multiplierUp
    cdef readonly int e_multiplierUp
    cdef readonly int64_t c_multiplierDown
    cdef readonly int e_multiplierDown
    cdef readonly int32_t avgPriceMins
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class PercentPriceBySideFilter(Record):
    cdef readonly object filterType
    cdef readonly int c_multiplierExponent
    cdef readonly int64_t c_bidMultiplierUp
    cdef readonly int e_bidMultiplierUp
    cdef readonly int64_t c_bidMultiplierDown
    cdef readonly int e_bidMultiplierDown
    cdef readonly int64_t c_askMultiplierUp
    cdef readonly int e_askMultiplierUp
    cdef readonly int64_t c_askMultiplierDown
    cdef readonly int e_askMultiplierDown
    cdef readonly int32_t avgPriceMins
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class LotSizeFilter(Record):
    cdef readonly object filterType
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_minQty
    cdef readonly int e_minQty
    cdef readonly int64_t c_maxQty
    cdef readonly int e_maxQty
    cdef readonly int64_t c_stepSize
    cdef readonly int e_stepSize
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MinNotionalFilter(Record):
    cdef readonly object filterType
    cdef readonly int c_priceExponent
    cdef readonly int64_t c_minNotional
    cdef readonly int e_minNotional
    cdef readonly object applyToMarket
    cdef readonly int32_t avgPriceMins
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NotionalFilter(Record):
    cdef readonly object filterType
    cdef readonly int c_priceExponent
    cdef readonly int64_t c_minNotional
    cdef readonly int e_minNotional
    cdef readonly object applyMinToMarket
    cdef readonly int64_t c_maxNotional
    cdef readonly int e_maxNotional
    cdef readonly object applyMaxToMarket
    cdef readonly int32_t avgPriceMins
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class IcebergPartsFilter(Record):
    cdef readonly object filterType
    cdef readonly int64_t filterLimit
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MarketLotSizeFilter(Record):
    cdef readonly object filterType
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_minQty
    cdef readonly int e_minQty
    cdef readonly int64_t c_maxQty
    cdef readonly int e_maxQty
    cdef readonly int64_t c_stepSize
    cdef readonly int e_stepSize
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MaxNumOrdersFilter(Record):
    cdef readonly object filterType
    cdef readonly int64_t maxNumOrders
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MaxNumAlgoOrdersFilter(Record):
    cdef readonly object filterType
    cdef readonly int64_t maxNumAlgoOrders
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MaxNumIcebergOrdersFilter(Record):
    cdef readonly object filterType
    cdef readonly int64_t maxNumIcebergOrders
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MaxPositionFilter(Record):
    cdef readonly object filterType
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_maxPosition
    cdef readonly int e_maxPosition
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class TrailingDeltaFilter(Record):
    cdef readonly object filterType
    cdef readonly int64_t minTrailingAboveDelta
    cdef readonly int64_t maxTrailingAboveDelta
    cdef readonly int64_t minTrailingBelowDelta
    cdef readonly int64_t maxTrailingBelowDelta
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class TPlusSellFilter(Record):
    cdef readonly object filterType
    cdef readonly object endTime
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MaxNumOrderListsFilter(Record):
    cdef readonly object filterType
    cdef readonly int64_t maxNumOrderLists
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MaxNumOrderAmendsFilter(Record):
    cdef readonly object filterType
    cdef readonly int64_t maxNumOrderAmends
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeMaxNumOrdersFilter(Record):
    cdef readonly object filterType
    cdef readonly int64_t maxNumOrders
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeMaxNumAlgoOrdersFilter(Record):
    cdef readonly object filterType
    cdef readonly int64_t maxNumAlgoOrders
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeMaxNumIcebergOrdersFilter(Record):
    cdef readonly object filterType
    cdef readonly int64_t maxNumIcebergOrders
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeMaxNumOrderListsFilter(Record):
    cdef readonly object filterType
    cdef readonly int64_t maxNumOrderLists
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MaxAssetFilter(Record):
    cdef readonly object filterType
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_maxQty
    cdef readonly int e_maxQty
    cdef readonly object asset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class PriceRangeExecutionRule(Record):
    cdef readonly object ruleType
    cdef readonly int c_multiplierExponent
    cdef readonly int64_t c_bidLimitMultUp
    cdef readonly int e_bidLimitMultUp
    cdef readonly int64_t c_bidLimitMultDown
    cdef readonly int e_bidLimitMultDown
    cdef readonly int64_t c_askLimitMultUp
    cdef readonly int e_askLimitMultUp
    cdef readonly int64_t c_askLimitMultDown
    cdef readonly int e_askLimitMultDown
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class WebSocketResponse(Record):
    cdef readonly object sbeSchemaIdVersionDeprecated
    cdef readonly uint16_t status
    cdef readonly object rateLimits
    cdef readonly object id
    cdef readonly object result
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class WebSocketResponse_rateLimits(Record):
    cdef readonly object rateLimitType
    cdef readonly object interval
    cdef readonly uint8_t intervalNum
    cdef readonly int64_t rateLimit
    cdef readonly int64_t current
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class WebSocketSessionLogonResponse(Record):
    cdef readonly int64_t authorizedSince
    cdef readonly int64_t connectedSince
    cdef readonly object returnRateLimits
    cdef readonly int64_t serverTime
    cdef readonly object userDataStream
    cdef readonly object loggedOnApiKey
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class WebSocketSessionStatusResponse(Record):
    cdef readonly object authorizedSince
    cdef readonly int64_t connectedSince
    cdef readonly object returnRateLimits
    cdef readonly int64_t serverTime
    cdef readonly object userDataStream
    cdef readonly object loggedOnApiKey
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class WebSocketSessionLogoutResponse(Record):
    cdef readonly object authorizedSince
    cdef readonly int64_t connectedSince
    cdef readonly object returnRateLimits
    cdef readonly int64_t serverTime
    cdef readonly object userDataStream
    cdef readonly object loggedOnApiKey
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class WebSocketSessionSubscriptionsResponse(Record):
    cdef readonly object subscriptions
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class WebSocketSessionSubscriptionsResponse_subscriptions(Record):
    cdef readonly uint16_t subscriptionId
    cdef readonly object expirationTime
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ErrorResponse(Record):
    cdef readonly int16_t code
    cdef readonly object serverTime
    cdef readonly object retryAfter
    cdef readonly object msg
    cdef readonly object data
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class PingResponse(Record):
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ServerTimeResponse(Record):
    cdef readonly int64_t serverTime
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeInfoResponse(Record):
    cdef readonly object rateLimits
    cdef readonly object exchangeFilters
    cdef readonly object symbols
    cdef readonly object sors
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeInfoResponse_rateLimits(Record):
    cdef readonly object rateLimitType
    cdef readonly object interval
    cdef readonly uint8_t intervalNum
    cdef readonly int64_t rateLimit
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeInfoResponse_exchangeFilters(Record):
    cdef readonly object filter
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeInfoResponse_symbols(Record):
    cdef readonly object status
    cdef readonly uint8_t baseAssetPrecision
    cdef readonly uint8_t quoteAssetPrecision
    cdef readonly uint8_t baseCommissionPrecision
    cdef readonly uint8_t quoteCommissionPrecision
    cdef readonly object orderTypes
    cdef readonly object icebergAllowed
    cdef readonly object ocoAllowed
    cdef readonly object otoAllowed
    cdef readonly object quoteOrderQtyMarketAllowed
    cdef readonly object allowTrailingStop
    cdef readonly object cancelReplaceAllowed
    cdef readonly object amendAllowed
    cdef readonly object isSpotTradingAllowed
    cdef readonly object isMarginTradingAllowed
    cdef readonly object defaultSelfTradePreventionMode
    cdef readonly object allowedSelfTradePreventionModes
    cdef readonly object pegInstructionsAllowed
    cdef readonly object filters
    cdef readonly object permissionSets
    cdef readonly object symbol
    cdef readonly object baseAsset
    cdef readonly object quoteAsset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeInfoResponse_symbols_filters(Record):
    cdef readonly object filter
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeInfoResponse_symbols_permissionSets(Record):
    cdef readonly object permissions
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeInfoResponse_symbols_permissionSets_permissions(Record):
    cdef readonly object permission
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeInfoResponse_sors(Record):
    cdef readonly object sorSymbols
    cdef readonly object baseAsset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExchangeInfoResponse_sors_sorSymbols(Record):
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExecutionRulesResponse(Record):
    cdef readonly object symbolRules
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExecutionRulesResponse_symbolRules(Record):
    cdef readonly object rules
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExecutionRulesResponse_symbolRules_rules(Record):
    cdef readonly object rule
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MyFiltersResponse(Record):
    cdef readonly object exchangeFilters
    cdef readonly object symbolFilters
    cdef readonly object assetFilters
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MyFiltersResponse_exchangeFilters(Record):
    cdef readonly object filter
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MyFiltersResponse_symbolFilters(Record):
    cdef readonly object filter
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class MyFiltersResponse_assetFilters(Record):
    cdef readonly object filter
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class DepthResponse(Record):
    cdef readonly int64_t lastUpdateId
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly object bids
    cdef readonly object asks
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class DepthResponse_bids(Record):
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class DepthResponse_asks(Record):
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class TradesResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly object trades
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class TradesResponse_trades(Record):
    cdef readonly int64_t id
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef readonly int64_t c_quoteQty
    cdef readonly int e_quoteQty
    cdef readonly int64_t time
    cdef readonly object isBuyerMaker
    cdef readonly object isBestMatch
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AggTradesResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly object aggTrades
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AggTradesResponse_aggTrades(Record):
    cdef readonly int64_t aggTradeId
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef readonly int64_t firstTradeId
    cdef readonly int64_t lastTradeId
    cdef readonly int64_t time
    cdef readonly object isBuyerMaker
    cdef readonly object isBestMatch
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class KlinesResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly object klines
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class KlinesResponse_klines(Record):
    cdef readonly int64_t openTime
    cdef readonly int64_t c_openPrice
    cdef readonly int e_openPrice
    cdef readonly int64_t c_highPrice
    cdef readonly int e_highPrice
    cdef readonly int64_t c_lowPrice
    cdef readonly int e_lowPrice
    cdef readonly int64_t c_closePrice
    cdef readonly int e_closePrice
    cdef readonly object volume
    cdef readonly int64_t closeTime
    cdef readonly object quoteVolume
    cdef readonly int64_t numTrades
    cdef readonly object takerBuyBaseVolume
    cdef readonly object takerBuyQuoteVolume
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AveragePriceResponse(Record):
    cdef readonly int64_t mins
    cdef readonly int c_priceExponent
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly object closeTime
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class Ticker24hSymbolFullResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_priceChange
    cdef readonly int e_priceChange
    cdef readonly object priceChangePercent
    cdef readonly int64_t c_weightedAvgPrice
    cdef readonly int e_weightedAvgPrice
    cdef readonly int64_t c_prevClosePrice
    cdef readonly int e_prevClosePrice
    cdef readonly int64_t c_lastPrice
    cdef readonly int e_lastPrice
    cdef readonly object lastQty
    cdef readonly int64_t c_bidPrice
    cdef readonly int e_bidPrice
    cdef readonly int64_t c_bidQty
    cdef readonly int e_bidQty
    cdef readonly int64_t c_askPrice
    cdef readonly int e_askPrice
    cdef readonly int64_t c_askQty
    cdef readonly int e_askQty
    cdef readonly int64_t c_openPrice
    cdef readonly int e_openPrice
    cdef readonly int64_t c_highPrice
    cdef readonly int e_highPrice
    cdef readonly int64_t c_lowPrice
    cdef readonly int e_lowPrice
    cdef readonly object volume
    cdef readonly object quoteVolume
    cdef readonly int64_t openTime
    cdef readonly int64_t closeTime
    cdef readonly object firstId
    cdef readonly object lastId
    cdef readonly int64_t numTrades
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class Ticker24hFullResponse(Record):
    cdef readonly object tickers
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class Ticker24hFullResponse_tickers(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_priceChange
    cdef readonly int e_priceChange
    cdef readonly object priceChangePercent
    cdef readonly int64_t c_weightedAvgPrice
    cdef readonly int e_weightedAvgPrice
    cdef readonly int64_t c_prevClosePrice
    cdef readonly int e_prevClosePrice
    cdef readonly int64_t c_lastPrice
    cdef readonly int e_lastPrice
    cdef readonly object lastQty
    cdef readonly int64_t c_bidPrice
    cdef readonly int e_bidPrice
    cdef readonly int64_t c_bidQty
    cdef readonly int e_bidQty
    cdef readonly int64_t c_askPrice
    cdef readonly int e_askPrice
    cdef readonly int64_t c_askQty
    cdef readonly int e_askQty
    cdef readonly int64_t c_openPrice
    cdef readonly int e_openPrice
    cdef readonly int64_t c_highPrice
    cdef readonly int e_highPrice
    cdef readonly int64_t c_lowPrice
    cdef readonly int e_lowPrice
    cdef readonly object volume
    cdef readonly object quoteVolume
    cdef readonly int64_t openTime
    cdef readonly int64_t closeTime
    cdef readonly object firstId
    cdef readonly object lastId
    cdef readonly int64_t numTrades
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class Ticker24hSymbolMiniResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_openPrice
    cdef readonly int e_openPrice
    cdef readonly int64_t c_highPrice
    cdef readonly int e_highPrice
    cdef readonly int64_t c_lowPrice
    cdef readonly int e_lowPrice
    cdef readonly int64_t c_lastPrice
    cdef readonly int e_lastPrice
    cdef readonly object volume
    cdef readonly object quoteVolume
    cdef readonly int64_t openTime
    cdef readonly int64_t closeTime
    cdef readonly object firstId
    cdef readonly object lastId
    cdef readonly int64_t numTrades
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class Ticker24hMiniResponse(Record):
    cdef readonly object tickers
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class Ticker24hMiniResponse_tickers(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_openPrice
    cdef readonly int e_openPrice
    cdef readonly int64_t c_highPrice
    cdef readonly int e_highPrice
    cdef readonly int64_t c_lowPrice
    cdef readonly int e_lowPrice
    cdef readonly int64_t c_lastPrice
    cdef readonly int e_lastPrice
    cdef readonly object volume
    cdef readonly object quoteVolume
    cdef readonly int64_t openTime
    cdef readonly int64_t closeTime
    cdef readonly object firstId
    cdef readonly object lastId
    cdef readonly int64_t numTrades
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class PriceTickerSymbolResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class PriceTickerResponse(Record):
    cdef readonly object tickers
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class PriceTickerResponse_tickers(Record):
    cdef readonly int c_priceExponent
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class BookTickerSymbolResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_bidPrice
    cdef readonly int e_bidPrice
    cdef readonly int64_t c_bidQty
    cdef readonly int e_bidQty
    cdef readonly int64_t c_askPrice
    cdef readonly int e_askPrice
    cdef readonly int64_t c_askQty
    cdef readonly int e_askQty
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class BookTickerResponse(Record):
    cdef readonly object tickers
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class BookTickerResponse_tickers(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_bidPrice
    cdef readonly int e_bidPrice
    cdef readonly int64_t c_bidQty
    cdef readonly int e_bidQty
    cdef readonly int64_t c_askPrice
    cdef readonly int e_askPrice
    cdef readonly int64_t c_askQty
    cdef readonly int e_askQty
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class TickerSymbolFullResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_priceChange
    cdef readonly int e_priceChange
    cdef readonly object priceChangePercent
    cdef readonly int64_t c_weightedAvgPrice
    cdef readonly int e_weightedAvgPrice
    cdef readonly int64_t c_openPrice
    cdef readonly int e_openPrice
    cdef readonly int64_t c_highPrice
    cdef readonly int e_highPrice
    cdef readonly int64_t c_lowPrice
    cdef readonly int e_lowPrice
    cdef readonly int64_t c_lastPrice
    cdef readonly int e_lastPrice
    cdef readonly object volume
    cdef readonly object quoteVolume
    cdef readonly int64_t openTime
    cdef readonly int64_t closeTime
    cdef readonly object firstId
    cdef readonly object lastId
    cdef readonly int64_t numTrades
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class TickerFullResponse(Record):
    cdef readonly object tickers
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class TickerFullResponse_tickers(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_priceChange
    cdef readonly int e_priceChange
    cdef readonly object priceChangePercent
    cdef readonly int64_t c_weightedAvgPrice
    cdef readonly int e_weightedAvgPrice
    cdef readonly int64_t c_openPrice
    cdef readonly int e_openPrice
    cdef readonly int64_t c_highPrice
    cdef readonly int e_highPrice
    cdef readonly int64_t c_lowPrice
    cdef readonly int e_lowPrice
    cdef readonly int64_t c_lastPrice
    cdef readonly int e_lastPrice
    cdef readonly object volume
    cdef readonly object quoteVolume
    cdef readonly int64_t openTime
    cdef readonly int64_t closeTime
    cdef readonly object firstId
    cdef readonly object lastId
    cdef readonly int64_t numTrades
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class TickerSymbolMiniResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_openPrice
    cdef readonly int e_openPrice
    cdef readonly int64_t c_highPrice
    cdef readonly int e_highPrice
    cdef readonly int64_t c_lowPrice
    cdef readonly int e_lowPrice
    cdef readonly int64_t c_lastPrice
    cdef readonly int e_lastPrice
    cdef readonly object volume
    cdef readonly object quoteVolume
    cdef readonly int64_t openTime
    cdef readonly int64_t closeTime
    cdef readonly object firstId
    cdef readonly object lastId
    cdef readonly int64_t numTrades
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class TickerMiniResponse(Record):
    cdef readonly object tickers
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class TickerMiniResponse_tickers(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_openPrice
    cdef readonly int e_openPrice
    cdef readonly int64_t c_highPrice
    cdef readonly int e_highPrice
    cdef readonly int64_t c_lowPrice
    cdef readonly int e_lowPrice
    cdef readonly int64_t c_lastPrice
    cdef readonly int e_lastPrice
    cdef readonly object volume
    cdef readonly object quoteVolume
    cdef readonly int64_t openTime
    cdef readonly int64_t closeTime
    cdef readonly object firstId
    cdef readonly object lastId
    cdef readonly int64_t numTrades
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ReferencePriceResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int64_t c_referencePrice
    cdef readonly int e_referencePrice
    cdef readonly int64_t timestamp
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ReferencePriceCalculationResponse(Record):
    cdef readonly object calculationType
    cdef readonly object externalCalculationId
    cdef readonly object bucketCount
    cdef readonly object bucketWidthMs
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class BlockTradesResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly object blockTrades
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class BlockTradesResponse_blockTrades(Record):
    cdef readonly int64_t id
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef readonly int64_t c_quoteQty
    cdef readonly int e_quoteQty
    cdef readonly int64_t time
    cdef readonly object isBuyerMaker
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderAckResponse(Record):
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t transactTime
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderResultResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t transactTime
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_origQty
    cdef readonly int e_origQty
    cdef readonly int64_t c_executedQty
    cdef readonly int e_executedQty
    cdef readonly int64_t c_cummulativeQuoteQty
    cdef readonly int e_cummulativeQuoteQty
    cdef readonly object status
    cdef readonly object timeInForce
    cdef readonly object orderType
    cdef readonly object side
    cdef readonly int64_t c_stopPrice
    cdef readonly int e_stopPrice
    cdef readonly object trailingDelta
    cdef readonly object trailingTime
    cdef readonly object workingTime
    cdef readonly int64_t c_icebergQty
    cdef readonly int e_icebergQty
    cdef readonly object strategyId
    cdef readonly object strategyType
    cdef readonly object orderCapacity
    cdef readonly object workingFloor
    cdef readonly object selfTradePreventionMode
    cdef readonly object tradeGroupId
    cdef readonly int64_t c_preventedQuantity
    cdef readonly int e_preventedQuantity
    cdef readonly object usedSor
    cdef readonly int64_t c_origQuoteOrderQty
    cdef readonly int e_origQuoteOrderQty
    cdef readonly object pegPriceType
    cdef readonly object pegOffsetType
    cdef readonly object pegOffsetValue
    cdef readonly object peggedPrice
    cdef readonly object expiryReason
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderFullResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t transactTime
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_origQty
    cdef readonly int e_origQty
    cdef readonly int64_t c_executedQty
    cdef readonly int e_executedQty
    cdef readonly int64_t c_cummulativeQuoteQty
    cdef readonly int e_cummulativeQuoteQty
    cdef readonly object status
    cdef readonly object timeInForce
    cdef readonly object orderType
    cdef readonly object side
    cdef readonly int64_t c_stopPrice
    cdef readonly int e_stopPrice
    cdef readonly object trailingDelta
    cdef readonly object trailingTime
    cdef readonly object workingTime
    cdef readonly int64_t c_icebergQty
    cdef readonly int e_icebergQty
    cdef readonly object strategyId
    cdef readonly object strategyType
    cdef readonly object orderCapacity
    cdef readonly object workingFloor
    cdef readonly object selfTradePreventionMode
    cdef readonly object tradeGroupId
    cdef readonly int64_t c_preventedQuantity
    cdef readonly int e_preventedQuantity
    cdef readonly object usedSor
    cdef readonly int64_t c_origQuoteOrderQty
    cdef readonly int e_origQuoteOrderQty
    cdef readonly object pegPriceType
    cdef readonly object pegOffsetType
    cdef readonly object pegOffsetValue
    cdef readonly object peggedPrice
    cdef readonly object expiryReason
    cdef readonly object fills
    cdef readonly object preventedMatches
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderFullResponse_fills(Record):
    cdef readonly int c_commissionExponent
    cdef readonly object matchType
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef readonly int64_t c_commission
    cdef readonly int e_commission
    cdef readonly object tradeId
    cdef readonly object allocId
    cdef readonly object commissionAsset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderFullResponse_preventedMatches(Record):
    cdef readonly int64_t preventedMatchId
    cdef readonly object makerOrderId
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_takerPreventedQuantity
    cdef readonly int e_takerPreventedQuantity
    cdef readonly int64_t c_makerPreventedQuantity
    cdef readonly int e_makerPreventedQuantity
    cdef readonly object makerSymbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderTestResponse(Record):
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_origQty
    cdef readonly int e_origQty
    cdef readonly int64_t c_executedQty
    cdef readonly int e_executedQty
    cdef readonly int64_t c_cummulativeQuoteQty
    cdef readonly int e_cummulativeQuoteQty
    cdef readonly object status
    cdef readonly object timeInForce
    cdef readonly object orderType
    cdef readonly object side
    cdef readonly int64_t c_stopPrice
    cdef readonly int e_stopPrice
    cdef readonly object trailingDelta
    cdef readonly object trailingTime
    cdef readonly int64_t c_icebergQty
    cdef readonly int e_icebergQty
    cdef readonly int64_t time
    cdef readonly int64_t updateTime
    cdef readonly object isWorking
    cdef readonly object workingTime
    cdef readonly int64_t c_origQuoteOrderQty
    cdef readonly int e_origQuoteOrderQty
    cdef readonly object strategyId
    cdef readonly object strategyType
    cdef readonly object orderCapacity
    cdef readonly object workingFloor
    cdef readonly object selfTradePreventionMode
    cdef readonly object preventedMatchId
    cdef readonly int64_t c_preventedQuantity
    cdef readonly int e_preventedQuantity
    cdef readonly object usedSor
    cdef readonly object pegPriceType
    cdef readonly object pegOffsetType
    cdef readonly object pegOffsetValue
    cdef readonly object peggedPrice
    cdef readonly object expiryReason
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class CancelOrderResponse(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t transactTime
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_origQty
    cdef readonly int e_origQty
    cdef readonly int64_t c_executedQty
    cdef readonly int e_executedQty
    cdef readonly int64_t c_cummulativeQuoteQty
    cdef readonly int e_cummulativeQuoteQty
    cdef readonly object status
    cdef readonly object timeInForce
    cdef readonly object orderType
    cdef readonly object side
    cdef readonly int64_t c_stopPrice
    cdef readonly int e_stopPrice
    cdef readonly object trailingDelta
    cdef readonly object trailingTime
    cdef readonly int64_t c_icebergQty
    cdef readonly int e_icebergQty
    cdef readonly object strategyId
    cdef readonly object strategyType
    cdef readonly object orderCapacity
    cdef readonly object workingFloor
    cdef readonly object selfTradePreventionMode
    cdef readonly int64_t c_preventedQuantity
    cdef readonly int e_preventedQuantity
    cdef readonly object usedSor
    cdef readonly int64_t c_origQuoteOrderQty
    cdef readonly int e_origQuoteOrderQty
    cdef readonly object pegPriceType
    cdef readonly object pegOffsetType
    cdef readonly object pegOffsetValue
    cdef readonly object peggedPrice
    cdef readonly object symbol
    cdef readonly object origClientOrderId
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class CancelOpenOrdersResponse(Record):
    cdef readonly object responses
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class CancelOpenOrdersResponse_responses(Record):
    cdef readonly object response
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class CancelReplaceOrderResponse(Record):
    cdef readonly object cancelResult
    cdef readonly object newOrderResult
    cdef readonly object cancelResponse
    cdef readonly object newOrderResponse
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrdersResponse(Record):
    cdef readonly object orders
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrdersResponse_orders(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_origQty
    cdef readonly int e_origQty
    cdef readonly int64_t c_executedQty
    cdef readonly int e_executedQty
    cdef readonly int64_t c_cummulativeQuoteQty
    cdef readonly int e_cummulativeQuoteQty
    cdef readonly object status
    cdef readonly object timeInForce
    cdef readonly object orderType
    cdef readonly object side
    cdef readonly int64_t c_stopPrice
    cdef readonly int e_stopPrice
    cdef readonly object trailingDelta
    cdef readonly object trailingTime
    cdef readonly int64_t c_icebergQty
    cdef readonly int e_icebergQty
    cdef readonly int64_t time
    cdef readonly int64_t updateTime
    cdef readonly object isWorking
    cdef readonly object workingTime
    cdef readonly int64_t c_origQuoteOrderQty
    cdef readonly int e_origQuoteOrderQty
    cdef readonly object strategyId
    cdef readonly object strategyType
    cdef readonly object orderCapacity
    cdef readonly object workingFloor
    cdef readonly object selfTradePreventionMode
    cdef readonly object preventedMatchId
    cdef readonly int64_t c_preventedQuantity
    cdef readonly int e_preventedQuantity
    cdef readonly object usedSor
    cdef readonly object pegPriceType
    cdef readonly object pegOffsetType
    cdef readonly object pegOffsetValue
    cdef readonly object peggedPrice
    cdef readonly object expiryReason
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderListAckResponse(Record):
    cdef readonly int64_t orderListId
    cdef readonly object contingencyType
    cdef readonly object listStatusType
    cdef readonly object listOrderStatus
    cdef readonly int64_t transactionTime
    cdef readonly object orders
    cdef readonly object orderReports
    cdef readonly object listClientOrderId
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderListAckResponse_orders(Record):
    cdef readonly int64_t orderId
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderListAckResponse_orderReports(Record):
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t transactTime
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderListResultResponse(Record):
    cdef readonly int64_t orderListId
    cdef readonly object contingencyType
    cdef readonly object listStatusType
    cdef readonly object listOrderStatus
    cdef readonly int64_t transactionTime
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly object orders
    cdef readonly object orderReports
    cdef readonly object listClientOrderId
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderListResultResponse_orders(Record):
    cdef readonly int64_t orderId
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderListResultResponse_orderReports(Record):
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t transactTime
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_origQty
    cdef readonly int e_origQty
    cdef readonly int64_t c_executedQty
    cdef readonly int e_executedQty
    cdef readonly int64_t c_cummulativeQuoteQty
    cdef readonly int e_cummulativeQuoteQty
    cdef readonly object status
    cdef readonly object timeInForce
    cdef readonly object orderType
    cdef readonly object side
    cdef readonly int64_t c_stopPrice
    cdef readonly int e_stopPrice
    cdef readonly object trailingDelta
    cdef readonly object trailingTime
    cdef readonly object workingTime
    cdef readonly int64_t c_icebergQty
    cdef readonly int e_icebergQty
    cdef readonly object strategyId
    cdef readonly object strategyType
    cdef readonly object orderCapacity
    cdef readonly object workingFloor
    cdef readonly object selfTradePreventionMode
    cdef readonly object tradeGroupId
    cdef readonly int64_t c_preventedQuantity
    cdef readonly int e_preventedQuantity
    cdef readonly object usedSor
    cdef readonly int64_t c_origQuoteOrderQty
    cdef readonly int e_origQuoteOrderQty
    cdef readonly object pegPriceType
    cdef readonly object pegOffsetType
    cdef readonly object pegOffsetValue
    cdef readonly object peggedPrice
    cdef readonly object expiryReason
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderListFullResponse(Record):
    cdef readonly int64_t orderListId
    cdef readonly object contingencyType
    cdef readonly object listStatusType
    cdef readonly object listOrderStatus
    cdef readonly int64_t transactionTime
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly object orders
    cdef readonly object orderReports
    cdef readonly object listClientOrderId
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderListFullResponse_orders(Record):
    cdef readonly int64_t orderId
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderListFullResponse_orderReports(Record):
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t transactTime
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_origQty
    cdef readonly int e_origQty
    cdef readonly int64_t c_executedQty
    cdef readonly int e_executedQty
    cdef readonly int64_t c_cummulativeQuoteQty
    cdef readonly int e_cummulativeQuoteQty
    cdef readonly object status
    cdef readonly object timeInForce
    cdef readonly object orderType
    cdef readonly object side
    cdef readonly int64_t c_stopPrice
    cdef readonly int e_stopPrice
    cdef readonly object trailingDelta
    cdef readonly object trailingTime
    cdef readonly object workingTime
    cdef readonly int64_t c_icebergQty
    cdef readonly int e_icebergQty
    cdef readonly object strategyId
    cdef readonly object strategyType
    cdef readonly object orderCapacity
    cdef readonly object workingFloor
    cdef readonly object selfTradePreventionMode
    cdef readonly object tradeGroupId
    cdef readonly int64_t c_preventedQuantity
    cdef readonly int e_preventedQuantity
    cdef readonly object usedSor
    cdef readonly int64_t c_origQuoteOrderQty
    cdef readonly int e_origQuoteOrderQty
    cdef readonly object pegPriceType
    cdef readonly object pegOffsetType
    cdef readonly object pegOffsetValue
    cdef readonly object peggedPrice
    cdef readonly object expiryReason
    cdef readonly object fills
    cdef readonly object preventedMatches
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderListFullResponse_orderReports_fills(Record):
    cdef readonly int c_commissionExponent
    cdef readonly object matchType
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef readonly int64_t c_commission
    cdef readonly int e_commission
    cdef readonly object tradeId
    cdef readonly object allocId
    cdef readonly object commissionAsset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NewOrderListFullResponse_orderReports_preventedMatches(Record):
    cdef readonly int64_t preventedMatchId
    cdef readonly object makerOrderId
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_takerPreventedQuantity
    cdef readonly int e_takerPreventedQuantity
    cdef readonly int64_t c_makerPreventedQuantity
    cdef readonly int e_makerPreventedQuantity
    cdef readonly object makerSymbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class CancelOrderListResponse(Record):
    cdef readonly int64_t orderListId
    cdef readonly object contingencyType
    cdef readonly object listStatusType
    cdef readonly object listOrderStatus
    cdef readonly int64_t transactionTime
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly object orders
    cdef readonly object orderReports
    cdef readonly object listClientOrderId
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class CancelOrderListResponse_orders(Record):
    cdef readonly int64_t orderId
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class CancelOrderListResponse_orderReports(Record):
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t transactTime
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_origQty
    cdef readonly int e_origQty
    cdef readonly int64_t c_executedQty
    cdef readonly int e_executedQty
    cdef readonly int64_t c_cummulativeQuoteQty
    cdef readonly int e_cummulativeQuoteQty
    cdef readonly object status
    cdef readonly object timeInForce
    cdef readonly object orderType
    cdef readonly object side
    cdef readonly int64_t c_stopPrice
    cdef readonly int e_stopPrice
    cdef readonly object trailingDelta
    cdef readonly object trailingTime
    cdef readonly int64_t c_icebergQty
    cdef readonly int e_icebergQty
    cdef readonly object strategyId
    cdef readonly object strategyType
    cdef readonly object orderCapacity
    cdef readonly object workingFloor
    cdef readonly object selfTradePreventionMode
    cdef readonly int64_t c_preventedQuantity
    cdef readonly int e_preventedQuantity
    cdef readonly object usedSor
    cdef readonly int64_t c_origQuoteOrderQty
    cdef readonly int e_origQuoteOrderQty
    cdef readonly object pegPriceType
    cdef readonly object pegOffsetType
    cdef readonly object pegOffsetValue
    cdef readonly object peggedPrice
    cdef readonly object symbol
    cdef readonly object origClientOrderId
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderListResponse(Record):
    cdef readonly int64_t orderListId
    cdef readonly object contingencyType
    cdef readonly object listStatusType
    cdef readonly object listOrderStatus
    cdef readonly int64_t transactionTime
    cdef readonly object orders
    cdef readonly object listClientOrderId
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderListResponse_orders(Record):
    cdef readonly int64_t orderId
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderListsResponse(Record):
    cdef readonly object orderLists
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderListsResponse_orderLists(Record):
    cdef readonly int64_t orderListId
    cdef readonly object contingencyType
    cdef readonly object listStatusType
    cdef readonly object listOrderStatus
    cdef readonly int64_t transactionTime
    cdef readonly object orders
    cdef readonly object listClientOrderId
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderListsResponse_orderLists_orders(Record):
    cdef readonly int64_t orderId
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderTestWithCommissionsResponse(Record):
    cdef readonly int c_commissionExponent
    cdef readonly int c_discountExponent
    cdef readonly int64_t c_standardCommissionForOrderMaker
    cdef readonly int e_standardCommissionForOrderMaker
    cdef readonly int64_t c_standardCommissionForOrderTaker
    cdef readonly int e_standardCommissionForOrderTaker
    cdef readonly int64_t c_taxCommissionForOrderMaker
    cdef readonly int e_taxCommissionForOrderMaker
    cdef readonly int64_t c_taxCommissionForOrderTaker
    cdef readonly int e_taxCommissionForOrderTaker
    cdef readonly object discountEnabledForAccount
    cdef readonly object discountEnabledForSymbol
    cdef readonly int64_t c_discount
    cdef readonly int e_discount
    cdef readonly object specialCommissionForOrderMaker
    cdef readonly object specialCommissionForOrderTaker
    cdef readonly object discountAsset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderAmendmentsResponse(Record):
    cdef readonly object amendments
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderAmendmentsResponse_amendments(Record):
    cdef readonly int64_t orderId
    cdef readonly int64_t executionId
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_origQty
    cdef readonly int e_origQty
    cdef readonly int64_t c_newQty
    cdef readonly int e_newQty
    cdef readonly int64_t time
    cdef readonly object symbol
    cdef readonly object origClientOrderId
    cdef readonly object newClientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderAmendKeepPriorityResponse(Record):
    cdef readonly int64_t transactTime
    cdef readonly int64_t executionId
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef readonly int64_t c_executedQty
    cdef readonly int e_executedQty
    cdef readonly int64_t c_preventedQty
    cdef readonly int e_preventedQty
    cdef readonly int64_t c_cumulativeQuoteQty
    cdef readonly int e_cumulativeQuoteQty
    cdef readonly object status
    cdef readonly object timeInForce
    cdef readonly object orderType
    cdef readonly object side
    cdef readonly int64_t c_stopPrice
    cdef readonly int e_stopPrice
    cdef readonly object trailingDelta
    cdef readonly object trailingTime
    cdef readonly int64_t c_icebergQty
    cdef readonly int e_icebergQty
    cdef readonly object workingTime
    cdef readonly object strategyId
    cdef readonly object strategyType
    cdef readonly object orderCapacity
    cdef readonly object workingFloor
    cdef readonly object selfTradePreventionMode
    cdef readonly object usedSor
    cdef readonly object pegPriceType
    cdef readonly object pegOffsetType
    cdef readonly object pegOffsetValue
    cdef readonly object peggedPrice
    cdef readonly object listStatus
    cdef readonly object relatedOrders
    cdef readonly object symbol
    cdef readonly object origClientOrderId
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderAmendKeepPriorityResponse_listStatus(Record):
    cdef readonly int64_t orderListId
    cdef readonly object contingencyType
    cdef readonly object listOrderStatus
    cdef readonly object orders
    cdef readonly object listClientOrderId
    cdef readonly object symbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderAmendKeepPriorityResponse_listStatus_orders(Record):
    cdef readonly int64_t orderId
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OrderAmendKeepPriorityResponse_relatedOrders(Record):
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef readonly int64_t c_executedQty
    cdef readonly int e_executedQty
    cdef readonly int64_t c_preventedQty
    cdef readonly int e_preventedQty
    cdef readonly int64_t c_cumulativeQuoteQty
    cdef readonly int e_cumulativeQuoteQty
    cdef readonly object status
    cdef readonly object timeInForce
    cdef readonly object orderType
    cdef readonly object side
    cdef readonly int64_t c_stopPrice
    cdef readonly int e_stopPrice
    cdef readonly object trailingDelta
    cdef readonly object trailingTime
    cdef readonly int64_t c_icebergQty
    cdef readonly int e_icebergQty
    cdef readonly object workingTime
    cdef readonly object strategyId
    cdef readonly object strategyType
    cdef readonly object orderCapacity
    cdef readonly object workingFloor
    cdef readonly object selfTradePreventionMode
    cdef readonly object usedSor
    cdef readonly object pegPriceType
    cdef readonly object pegOffsetType
    cdef readonly object pegOffsetValue
    cdef readonly object peggedPrice
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountResponse(Record):
    cdef readonly int c_commissionExponent
    cdef readonly int64_t c_commissionRateMaker
    cdef readonly int e_commissionRateMaker
    cdef readonly int64_t c_commissionRateTaker
    cdef readonly int e_commissionRateTaker
    cdef readonly int64_t c_commissionRateBuyer
    cdef readonly int e_commissionRateBuyer
    cdef readonly int64_t c_commissionRateSeller
    cdef readonly int e_commissionRateSeller
    cdef readonly object canTrade
    cdef readonly object canWithdraw
    cdef readonly object canDeposit
    cdef readonly object brokered
    cdef readonly object requireSelfTradePrevention
    cdef readonly object preventSor
    cdef readonly int64_t updateTime
    cdef readonly object accountType
    cdef readonly object tradeGroupId
    cdef readonly int64_t uid
    cdef readonly object balances
    cdef readonly object permissions
    cdef readonly object reduceOnlyAssets
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountResponse_balances(Record):
    cdef readonly int c_exponent
    cdef readonly int64_t c_free
    cdef readonly int e_free
    cdef readonly int64_t c_locked
    cdef readonly int e_locked
    cdef readonly object asset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountResponse_permissions(Record):
    cdef readonly object permission
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountResponse_reduceOnlyAssets(Record):
    cdef readonly object asset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountTradesResponse(Record):
    cdef readonly object trades
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountTradesResponse_trades(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int c_commissionExponent
    cdef readonly int64_t id
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef readonly int64_t c_quoteQty
    cdef readonly int e_quoteQty
    cdef readonly int64_t c_commission
    cdef readonly int e_commission
    cdef readonly int64_t time
    cdef readonly object isBuyer
    cdef readonly object isMaker
    cdef readonly object isBestMatch
    cdef readonly object symbol
    cdef readonly object commissionAsset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountOrderRateLimitResponse(Record):
    cdef readonly object rateLimits
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountOrderRateLimitResponse_rateLimits(Record):
    cdef readonly object rateLimitType
    cdef readonly object interval
    cdef readonly uint8_t intervalNum
    cdef readonly int64_t rateLimit
    cdef readonly int64_t numOrders
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountPreventedMatchesResponse(Record):
    cdef readonly object preventedMatches
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountPreventedMatchesResponse_preventedMatches(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int64_t preventedMatchId
    cdef readonly int64_t takerOrderId
    cdef readonly int64_t makerOrderId
    cdef readonly int64_t tradeGroupId
    cdef readonly object selfTradePreventionMode
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_takerPreventedQuantity
    cdef readonly int e_takerPreventedQuantity
    cdef readonly int64_t c_makerPreventedQuantity
    cdef readonly int e_makerPreventedQuantity
    cdef readonly int64_t transactTime
    cdef readonly object symbol
    cdef readonly object makerSymbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountAllocationsResponse(Record):
    cdef readonly object allocations
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountAllocationsResponse_allocations(Record):
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int c_commissionExponent
    cdef readonly int64_t allocationId
    cdef readonly object allocationType
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly object sourceTradeId
    cdef readonly object sourceAllocationId
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef readonly int64_t c_quoteQty
    cdef readonly int e_quoteQty
    cdef readonly int64_t c_commission
    cdef readonly int e_commission
    cdef readonly int64_t time
    cdef readonly object isBuyer
    cdef readonly object isMaker
    cdef readonly object isAllocator
    cdef readonly object symbol
    cdef readonly object commissionAsset
    cdef readonly object sourceSymbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AccountCommissionResponse(Record):
    cdef readonly int c_commissionExponent
    cdef readonly int c_discountExponent
    cdef readonly int64_t c_standardCommissionMaker
    cdef readonly int e_standardCommissionMaker
    cdef readonly int64_t c_standardCommissionTaker
    cdef readonly int e_standardCommissionTaker
    cdef readonly int64_t c_standardCommissionBuyer
    cdef readonly int e_standardCommissionBuyer
    cdef readonly int64_t c_standardCommissionSeller
    cdef readonly int e_standardCommissionSeller
    cdef readonly int64_t c_taxCommissionMaker
    cdef readonly int e_taxCommissionMaker
    cdef readonly int64_t c_taxCommissionTaker
    cdef readonly int e_taxCommissionTaker
    cdef readonly int64_t c_taxCommissionBuyer
    cdef readonly int e_taxCommissionBuyer
    cdef readonly int64_t c_taxCommissionSeller
    cdef readonly int e_taxCommissionSeller
    cdef readonly object discountEnabledForAccount
    cdef readonly object discountEnabledForSymbol
    cdef readonly int64_t c_discount
    cdef readonly int e_discount
    cdef readonly object specialCommissionMaker
    cdef readonly object specialCommissionTaker
    cdef readonly object specialCommissionBuyer
    cdef readonly object specialCommissionSeller
    cdef readonly object symbol
    cdef readonly object discountAsset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class UserDataStreamStartResponse(Record):
    cdef readonly object listenKey
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class UserDataStreamPingResponse(Record):
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class UserDataStreamStopResponse(Record):
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class UserDataStreamSubscribeResponse(Record):
    cdef readonly object subscriptionId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class UserDataStreamUnsubscribeResponse(Record):
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class UserDataStreamSubscribeListenTokenResponse(Record):
    cdef readonly uint16_t subscriptionId
    cdef readonly int64_t expirationTime
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class AllocationReportEvent(Record):
    cdef readonly int64_t eventTime
    cdef readonly int64_t transactTime
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int c_commissionExponent
    cdef readonly object allocationTransactionType
    cdef readonly object allocationReportType
    cdef readonly object allocationStatus
    cdef readonly object side
    cdef readonly object counterPartyRole
    cdef readonly int64_t counterPartyExternalAccountId
    cdef readonly int64_t counterPartyOrderId
    cdef readonly int64_t allocationReportId
    cdef readonly int64_t allocationId
    cdef readonly int64_t sourceOrderId
    cdef readonly object sourceOrderListId
    cdef readonly object sourceTradeId
    cdef readonly object sourceAllocationId
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_qty
    cdef readonly int e_qty
    cdef readonly int64_t c_quoteQty
    cdef readonly int e_quoteQty
    cdef readonly int64_t c_commission
    cdef readonly int e_commission
    cdef readonly object subscriptionId
    cdef readonly object symbol
    cdef readonly object commissionAsset
    cdef readonly object sourceSymbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class BalanceUpdateEvent(Record):
    cdef readonly int64_t eventTime
    cdef readonly object clearTime
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_freeQtyDelta
    cdef readonly int e_freeQtyDelta
    cdef readonly object subscriptionId
    cdef readonly object asset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class EventStreamTerminatedEvent(Record):
    cdef readonly int64_t eventTime
    cdef readonly object subscriptionId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExecutionReportEvent(Record):
    cdef readonly int64_t eventTime
    cdef readonly int64_t transactTime
    cdef readonly int c_priceExponent
    cdef readonly int c_qtyExponent
    cdef readonly int c_commissionExponent
    cdef readonly object orderCreationTime
    cdef readonly object workingTime
    cdef readonly int64_t orderId
    cdef readonly object orderListId
    cdef readonly int64_t c_origQty
    cdef readonly int e_origQty
    cdef readonly int64_t c_price
    cdef readonly int e_price
    cdef readonly int64_t c_origQuoteOrderQty
    cdef readonly int e_origQuoteOrderQty
    cdef readonly int64_t c_icebergQty
    cdef readonly int e_icebergQty
    cdef readonly int64_t c_stopPrice
    cdef readonly int e_stopPrice
    cdef readonly object orderType
    cdef readonly object side
    cdef readonly object timeInForce
    cdef readonly object executionType
    cdef readonly object orderStatus
    cdef readonly object tradeId
    cdef readonly int64_t executionId
    cdef readonly int64_t c_executedQty
    cdef readonly int e_executedQty
    cdef readonly int64_t c_cummulativeQuoteQty
    cdef readonly int e_cummulativeQuoteQty
    cdef readonly int64_t c_lastQty
    cdef readonly int e_lastQty
    cdef readonly int64_t c_lastPrice
    cdef readonly int e_lastPrice
    cdef readonly int64_t c_quoteQty
    cdef readonly int e_quoteQty
    cdef readonly int64_t c_commission
    cdef readonly int e_commission
    cdef readonly object isWorking
    cdef readonly object isMaker
    cdef readonly object isBestMatch
    cdef readonly object matchType
    cdef readonly object selfTradePreventionMode
    cdef readonly object orderCapacity
    cdef readonly object workingFloor
    cdef readonly object usedSor
    cdef readonly object allocId
    cdef readonly object trailingDelta
    cdef readonly object trailingTime
    cdef readonly object tradeGroupId
    cdef readonly int64_t c_preventedQty
    cdef readonly int e_preventedQty
    cdef readonly int64_t c_lastPreventedQty
    cdef readonly int e_lastPreventedQty
    cdef readonly object preventedMatchId
    cdef readonly int64_t c_preventedExecutionQty
    cdef readonly int e_preventedExecutionQty
    cdef readonly int64_t c_preventedExecutionPrice
    cdef readonly int e_preventedExecutionPrice
    cdef readonly int64_t c_preventedExecutionQuoteQty
    cdef readonly int e_preventedExecutionQuoteQty
    cdef readonly object strategyType
    cdef readonly object strategyId
    cdef readonly object counterOrderId
    cdef readonly object subscriptionId
    cdef readonly object pegPriceType
    cdef readonly object pegOffsetType
    cdef readonly object pegOffsetValue
    cdef readonly object peggedPrice
    cdef readonly object expiryReason
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef readonly object origClientOrderId
    cdef readonly object commissionAsset
    cdef readonly object rejectReason
    cdef readonly object counterSymbol
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ExternalLockUpdateEvent(Record):
    cdef readonly int64_t eventTime
    cdef readonly int64_t clearTime
    cdef readonly int c_qtyExponent
    cdef readonly int64_t c_lockedQtyDelta
    cdef readonly int e_lockedQtyDelta
    cdef readonly object subscriptionId
    cdef readonly object asset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ListStatusEvent(Record):
    cdef readonly int64_t eventTime
    cdef readonly int64_t transactTime
    cdef readonly int64_t orderListId
    cdef readonly object contingencyType
    cdef readonly object listStatusType
    cdef readonly object listOrderStatus
    cdef readonly object subscriptionId
    cdef readonly object orders
    cdef readonly object symbol
    cdef readonly object listClientOrderId
    cdef readonly object rejectReason
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ListStatusEvent_orders(Record):
    cdef readonly int64_t orderId
    cdef readonly object symbol
    cdef readonly object clientOrderId
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OutboundAccountPositionEvent(Record):
    cdef readonly int64_t eventTime
    cdef readonly int64_t updateTime
    cdef readonly object subscriptionId
    cdef readonly object balances
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class OutboundAccountPositionEvent_balances(Record):
    cdef readonly int c_exponent
    cdef readonly int64_t c_free
    cdef readonly int e_free
    cdef readonly int64_t c_locked
    cdef readonly int e_locked
    cdef readonly object asset
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class ServerShutdownEvent(Record):
    cdef readonly int64_t eventTime
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1


cdef class NonRepresentableMessage(Record):
    cdef tuple _state(self)
    cdef int _restore(self, tuple s) except -1
