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
    cdef object filterType
    cdef int64_t c_minPrice
    cdef int64_t c_maxPrice
    cdef int64_t c_tickSize
    cdef int c_priceExponent
    cdef int e_minPrice
    cdef int e_maxPrice
    cdef int e_tickSize


cdef class PercentPriceFilter(Record):
    cdef object filterType
    cdef int64_t c_multiplierUp
    cdef int64_t c_multiplierDown
    cdef int c_multiplierExponent
    cdef int e_multiplierUp
    cdef int e_multiplierDown
    cdef int32_t avgPriceMins


cdef class PercentPriceBySideFilter(Record):
    cdef object filterType
    cdef int64_t c_bidMultiplierUp
    cdef int64_t c_bidMultiplierDown
    cdef int64_t c_askMultiplierUp
    cdef int64_t c_askMultiplierDown
    cdef int c_multiplierExponent
    cdef int e_bidMultiplierUp
    cdef int e_bidMultiplierDown
    cdef int e_askMultiplierUp
    cdef int e_askMultiplierDown
    cdef int32_t avgPriceMins


cdef class LotSizeFilter(Record):
    cdef object filterType
    cdef int64_t c_minQty
    cdef int64_t c_maxQty
    cdef int64_t c_stepSize
    cdef int c_qtyExponent
    cdef int e_minQty
    cdef int e_maxQty
    cdef int e_stepSize


cdef class MinNotionalFilter(Record):
    cdef object filterType
    cdef object applyToMarket
    cdef int64_t c_minNotional
    cdef int c_priceExponent
    cdef int e_minNotional
    cdef int32_t avgPriceMins


cdef class NotionalFilter(Record):
    cdef object filterType
    cdef object applyMinToMarket
    cdef object applyMaxToMarket
    cdef int64_t c_minNotional
    cdef int64_t c_maxNotional
    cdef int c_priceExponent
    cdef int e_minNotional
    cdef int e_maxNotional
    cdef int32_t avgPriceMins


cdef class IcebergPartsFilter(Record):
    cdef object filterType
    cdef int64_t filterLimit


cdef class MarketLotSizeFilter(Record):
    cdef object filterType
    cdef int64_t c_minQty
    cdef int64_t c_maxQty
    cdef int64_t c_stepSize
    cdef int c_qtyExponent
    cdef int e_minQty
    cdef int e_maxQty
    cdef int e_stepSize


cdef class MaxNumOrdersFilter(Record):
    cdef object filterType
    cdef int64_t maxNumOrders


cdef class MaxNumAlgoOrdersFilter(Record):
    cdef object filterType
    cdef int64_t maxNumAlgoOrders


cdef class MaxNumIcebergOrdersFilter(Record):
    cdef object filterType
    cdef int64_t maxNumIcebergOrders


cdef class MaxPositionFilter(Record):
    cdef object filterType
    cdef int64_t c_maxPosition
    cdef int c_qtyExponent
    cdef int e_maxPosition


cdef class TrailingDeltaFilter(Record):
    cdef object filterType
    cdef int64_t minTrailingAboveDelta
    cdef int64_t maxTrailingAboveDelta
    cdef int64_t minTrailingBelowDelta
    cdef int64_t maxTrailingBelowDelta


cdef class TPlusSellFilter(Record):
    cdef object filterType
    cdef object endTime


cdef class MaxNumOrderListsFilter(Record):
    cdef object filterType
    cdef int64_t maxNumOrderLists


cdef class MaxNumOrderAmendsFilter(Record):
    cdef object filterType
    cdef int64_t maxNumOrderAmends


cdef class ExchangeMaxNumOrdersFilter(Record):
    cdef object filterType
    cdef int64_t maxNumOrders


cdef class ExchangeMaxNumAlgoOrdersFilter(Record):
    cdef object filterType
    cdef int64_t maxNumAlgoOrders


cdef class ExchangeMaxNumIcebergOrdersFilter(Record):
    cdef object filterType
    cdef int64_t maxNumIcebergOrders


cdef class ExchangeMaxNumOrderListsFilter(Record):
    cdef object filterType
    cdef int64_t maxNumOrderLists


cdef class MaxAssetFilter(Record):
    cdef object filterType
    cdef object asset
    cdef int64_t c_maxQty
    cdef int c_qtyExponent
    cdef int e_maxQty


cdef class PriceRangeExecutionRule(Record):
    cdef object ruleType
    cdef int64_t c_bidLimitMultUp
    cdef int64_t c_bidLimitMultDown
    cdef int64_t c_askLimitMultUp
    cdef int64_t c_askLimitMultDown
    cdef int c_multiplierExponent
    cdef int e_bidLimitMultUp
    cdef int e_bidLimitMultDown
    cdef int e_askLimitMultUp
    cdef int e_askLimitMultDown


cdef class WebSocketResponse(Record):
    cdef object sbeSchemaIdVersionDeprecated
    cdef object rateLimits
    cdef object id
    cdef object result
    cdef uint16_t status


cdef class WebSocketResponse_rateLimits(Record):
    cdef object rateLimitType
    cdef object interval
    cdef int64_t rateLimit
    cdef int64_t current
    cdef uint8_t intervalNum


cdef class WebSocketSessionLogonResponse(Record):
    cdef object returnRateLimits
    cdef object userDataStream
    cdef object loggedOnApiKey
    cdef int64_t authorizedSince
    cdef int64_t connectedSince
    cdef int64_t serverTime


cdef class WebSocketSessionStatusResponse(Record):
    cdef object authorizedSince
    cdef object returnRateLimits
    cdef object userDataStream
    cdef object loggedOnApiKey
    cdef int64_t connectedSince
    cdef int64_t serverTime


cdef class WebSocketSessionLogoutResponse(Record):
    cdef object authorizedSince
    cdef object returnRateLimits
    cdef object userDataStream
    cdef object loggedOnApiKey
    cdef int64_t connectedSince
    cdef int64_t serverTime


cdef class WebSocketSessionSubscriptionsResponse(Record):
    cdef object subscriptions


cdef class WebSocketSessionSubscriptionsResponse_subscriptions(Record):
    cdef object expirationTime
    cdef uint16_t subscriptionId


cdef class ErrorResponse(Record):
    cdef object serverTime
    cdef object retryAfter
    cdef object msg
    cdef object data
    cdef int16_t code


cdef class PingResponse(Record):
    pass


cdef class ServerTimeResponse(Record):
    cdef int64_t serverTime


cdef class ExchangeInfoResponse(Record):
    cdef object rateLimits
    cdef object exchangeFilters
    cdef object symbols
    cdef object sors


cdef class ExchangeInfoResponse_rateLimits(Record):
    cdef object rateLimitType
    cdef object interval
    cdef int64_t rateLimit
    cdef uint8_t intervalNum


cdef class ExchangeInfoResponse_exchangeFilters(Record):
    cdef object filter


cdef class ExchangeInfoResponse_symbols(Record):
    cdef object status
    cdef object orderTypes
    cdef object icebergAllowed
    cdef object ocoAllowed
    cdef object otoAllowed
    cdef object quoteOrderQtyMarketAllowed
    cdef object allowTrailingStop
    cdef object cancelReplaceAllowed
    cdef object amendAllowed
    cdef object isSpotTradingAllowed
    cdef object isMarginTradingAllowed
    cdef object defaultSelfTradePreventionMode
    cdef object allowedSelfTradePreventionModes
    cdef object pegInstructionsAllowed
    cdef object filters
    cdef object permissionSets
    cdef object symbol
    cdef object baseAsset
    cdef object quoteAsset
    cdef uint8_t baseAssetPrecision
    cdef uint8_t quoteAssetPrecision
    cdef uint8_t baseCommissionPrecision
    cdef uint8_t quoteCommissionPrecision


cdef class ExchangeInfoResponse_symbols_filters(Record):
    cdef object filter


cdef class ExchangeInfoResponse_symbols_permissionSets(Record):
    cdef object permissions


cdef class ExchangeInfoResponse_symbols_permissionSets_permissions(Record):
    cdef object permission


cdef class ExchangeInfoResponse_sors(Record):
    cdef object sorSymbols
    cdef object baseAsset


cdef class ExchangeInfoResponse_sors_sorSymbols(Record):
    cdef object symbol


cdef class ExecutionRulesResponse(Record):
    cdef object symbolRules


cdef class ExecutionRulesResponse_symbolRules(Record):
    cdef object rules
    cdef object symbol


cdef class ExecutionRulesResponse_symbolRules_rules(Record):
    cdef object rule


cdef class MyFiltersResponse(Record):
    cdef object exchangeFilters
    cdef object symbolFilters
    cdef object assetFilters


cdef class MyFiltersResponse_exchangeFilters(Record):
    cdef object filter


cdef class MyFiltersResponse_symbolFilters(Record):
    cdef object filter


cdef class MyFiltersResponse_assetFilters(Record):
    cdef object filter


cdef class DepthResponse(Record):
    cdef object bids
    cdef object asks
    cdef int64_t lastUpdateId
    cdef int c_priceExponent
    cdef int c_qtyExponent


cdef class DepthResponse_bids(Record):
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int e_price
    cdef int e_qty


cdef class DepthResponse_asks(Record):
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int e_price
    cdef int e_qty


cdef class TradesResponse(Record):
    cdef object trades
    cdef int c_priceExponent
    cdef int c_qtyExponent


cdef class TradesResponse_trades(Record):
    cdef object isBuyerMaker
    cdef object isBestMatch
    cdef int64_t id
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int64_t c_quoteQty
    cdef int64_t time
    cdef int e_price
    cdef int e_qty
    cdef int e_quoteQty


cdef class AggTradesResponse(Record):
    cdef object aggTrades
    cdef int c_priceExponent
    cdef int c_qtyExponent


cdef class AggTradesResponse_aggTrades(Record):
    cdef object isBuyerMaker
    cdef object isBestMatch
    cdef int64_t aggTradeId
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int64_t firstTradeId
    cdef int64_t lastTradeId
    cdef int64_t time
    cdef int e_price
    cdef int e_qty


cdef class KlinesResponse(Record):
    cdef object klines
    cdef int c_priceExponent
    cdef int c_qtyExponent


cdef class KlinesResponse_klines(Record):
    cdef object volume
    cdef object quoteVolume
    cdef object takerBuyBaseVolume
    cdef object takerBuyQuoteVolume
    cdef int64_t openTime
    cdef int64_t c_openPrice
    cdef int64_t c_highPrice
    cdef int64_t c_lowPrice
    cdef int64_t c_closePrice
    cdef int64_t closeTime
    cdef int64_t numTrades
    cdef int e_openPrice
    cdef int e_highPrice
    cdef int e_lowPrice
    cdef int e_closePrice


cdef class AveragePriceResponse(Record):
    cdef object closeTime
    cdef int64_t mins
    cdef int64_t c_price
    cdef int c_priceExponent
    cdef int e_price


cdef class Ticker24hSymbolFullResponse(Record):
    cdef object priceChangePercent
    cdef object lastQty
    cdef object volume
    cdef object quoteVolume
    cdef object firstId
    cdef object lastId
    cdef object symbol
    cdef int64_t c_priceChange
    cdef int64_t c_weightedAvgPrice
    cdef int64_t c_prevClosePrice
    cdef int64_t c_lastPrice
    cdef int64_t c_bidPrice
    cdef int64_t c_bidQty
    cdef int64_t c_askPrice
    cdef int64_t c_askQty
    cdef int64_t c_openPrice
    cdef int64_t c_highPrice
    cdef int64_t c_lowPrice
    cdef int64_t openTime
    cdef int64_t closeTime
    cdef int64_t numTrades
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_priceChange
    cdef int e_weightedAvgPrice
    cdef int e_prevClosePrice
    cdef int e_lastPrice
    cdef int e_bidPrice
    cdef int e_bidQty
    cdef int e_askPrice
    cdef int e_askQty
    cdef int e_openPrice
    cdef int e_highPrice
    cdef int e_lowPrice


cdef class Ticker24hFullResponse(Record):
    cdef object tickers


cdef class Ticker24hFullResponse_tickers(Record):
    cdef object priceChangePercent
    cdef object lastQty
    cdef object volume
    cdef object quoteVolume
    cdef object firstId
    cdef object lastId
    cdef object symbol
    cdef int64_t c_priceChange
    cdef int64_t c_weightedAvgPrice
    cdef int64_t c_prevClosePrice
    cdef int64_t c_lastPrice
    cdef int64_t c_bidPrice
    cdef int64_t c_bidQty
    cdef int64_t c_askPrice
    cdef int64_t c_askQty
    cdef int64_t c_openPrice
    cdef int64_t c_highPrice
    cdef int64_t c_lowPrice
    cdef int64_t openTime
    cdef int64_t closeTime
    cdef int64_t numTrades
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_priceChange
    cdef int e_weightedAvgPrice
    cdef int e_prevClosePrice
    cdef int e_lastPrice
    cdef int e_bidPrice
    cdef int e_bidQty
    cdef int e_askPrice
    cdef int e_askQty
    cdef int e_openPrice
    cdef int e_highPrice
    cdef int e_lowPrice


cdef class Ticker24hSymbolMiniResponse(Record):
    cdef object volume
    cdef object quoteVolume
    cdef object firstId
    cdef object lastId
    cdef object symbol
    cdef int64_t c_openPrice
    cdef int64_t c_highPrice
    cdef int64_t c_lowPrice
    cdef int64_t c_lastPrice
    cdef int64_t openTime
    cdef int64_t closeTime
    cdef int64_t numTrades
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_openPrice
    cdef int e_highPrice
    cdef int e_lowPrice
    cdef int e_lastPrice


cdef class Ticker24hMiniResponse(Record):
    cdef object tickers


cdef class Ticker24hMiniResponse_tickers(Record):
    cdef object volume
    cdef object quoteVolume
    cdef object firstId
    cdef object lastId
    cdef object symbol
    cdef int64_t c_openPrice
    cdef int64_t c_highPrice
    cdef int64_t c_lowPrice
    cdef int64_t c_lastPrice
    cdef int64_t openTime
    cdef int64_t closeTime
    cdef int64_t numTrades
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_openPrice
    cdef int e_highPrice
    cdef int e_lowPrice
    cdef int e_lastPrice


cdef class PriceTickerSymbolResponse(Record):
    cdef object symbol
    cdef int64_t c_price
    cdef int c_priceExponent
    cdef int e_price


cdef class PriceTickerResponse(Record):
    cdef object tickers


cdef class PriceTickerResponse_tickers(Record):
    cdef object symbol
    cdef int64_t c_price
    cdef int c_priceExponent
    cdef int e_price


cdef class BookTickerSymbolResponse(Record):
    cdef object symbol
    cdef int64_t c_bidPrice
    cdef int64_t c_bidQty
    cdef int64_t c_askPrice
    cdef int64_t c_askQty
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_bidPrice
    cdef int e_bidQty
    cdef int e_askPrice
    cdef int e_askQty


cdef class BookTickerResponse(Record):
    cdef object tickers


cdef class BookTickerResponse_tickers(Record):
    cdef object symbol
    cdef int64_t c_bidPrice
    cdef int64_t c_bidQty
    cdef int64_t c_askPrice
    cdef int64_t c_askQty
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_bidPrice
    cdef int e_bidQty
    cdef int e_askPrice
    cdef int e_askQty


cdef class TickerSymbolFullResponse(Record):
    cdef object priceChangePercent
    cdef object volume
    cdef object quoteVolume
    cdef object firstId
    cdef object lastId
    cdef object symbol
    cdef int64_t c_priceChange
    cdef int64_t c_weightedAvgPrice
    cdef int64_t c_openPrice
    cdef int64_t c_highPrice
    cdef int64_t c_lowPrice
    cdef int64_t c_lastPrice
    cdef int64_t openTime
    cdef int64_t closeTime
    cdef int64_t numTrades
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_priceChange
    cdef int e_weightedAvgPrice
    cdef int e_openPrice
    cdef int e_highPrice
    cdef int e_lowPrice
    cdef int e_lastPrice


cdef class TickerFullResponse(Record):
    cdef object tickers


cdef class TickerFullResponse_tickers(Record):
    cdef object priceChangePercent
    cdef object volume
    cdef object quoteVolume
    cdef object firstId
    cdef object lastId
    cdef object symbol
    cdef int64_t c_priceChange
    cdef int64_t c_weightedAvgPrice
    cdef int64_t c_openPrice
    cdef int64_t c_highPrice
    cdef int64_t c_lowPrice
    cdef int64_t c_lastPrice
    cdef int64_t openTime
    cdef int64_t closeTime
    cdef int64_t numTrades
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_priceChange
    cdef int e_weightedAvgPrice
    cdef int e_openPrice
    cdef int e_highPrice
    cdef int e_lowPrice
    cdef int e_lastPrice


cdef class TickerSymbolMiniResponse(Record):
    cdef object volume
    cdef object quoteVolume
    cdef object firstId
    cdef object lastId
    cdef object symbol
    cdef int64_t c_openPrice
    cdef int64_t c_highPrice
    cdef int64_t c_lowPrice
    cdef int64_t c_lastPrice
    cdef int64_t openTime
    cdef int64_t closeTime
    cdef int64_t numTrades
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_openPrice
    cdef int e_highPrice
    cdef int e_lowPrice
    cdef int e_lastPrice


cdef class TickerMiniResponse(Record):
    cdef object tickers


cdef class TickerMiniResponse_tickers(Record):
    cdef object volume
    cdef object quoteVolume
    cdef object firstId
    cdef object lastId
    cdef object symbol
    cdef int64_t c_openPrice
    cdef int64_t c_highPrice
    cdef int64_t c_lowPrice
    cdef int64_t c_lastPrice
    cdef int64_t openTime
    cdef int64_t closeTime
    cdef int64_t numTrades
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_openPrice
    cdef int e_highPrice
    cdef int e_lowPrice
    cdef int e_lastPrice


cdef class ReferencePriceResponse(Record):
    cdef object symbol
    cdef int64_t c_referencePrice
    cdef int64_t timestamp
    cdef int c_priceExponent
    cdef int e_referencePrice


cdef class ReferencePriceCalculationResponse(Record):
    cdef object calculationType
    cdef object externalCalculationId
    cdef object bucketCount
    cdef object bucketWidthMs
    cdef object symbol


cdef class BlockTradesResponse(Record):
    cdef object blockTrades
    cdef int c_priceExponent
    cdef int c_qtyExponent


cdef class BlockTradesResponse_blockTrades(Record):
    cdef object isBuyerMaker
    cdef int64_t id
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int64_t c_quoteQty
    cdef int64_t time
    cdef int e_price
    cdef int e_qty
    cdef int e_quoteQty


cdef class NewOrderAckResponse(Record):
    cdef object orderListId
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId
    cdef int64_t transactTime


cdef class NewOrderResultResponse(Record):
    cdef object orderListId
    cdef object status
    cdef object timeInForce
    cdef object orderType
    cdef object side
    cdef object trailingDelta
    cdef object trailingTime
    cdef object workingTime
    cdef object strategyId
    cdef object strategyType
    cdef object orderCapacity
    cdef object workingFloor
    cdef object selfTradePreventionMode
    cdef object tradeGroupId
    cdef object usedSor
    cdef object pegPriceType
    cdef object pegOffsetType
    cdef object pegOffsetValue
    cdef object peggedPrice
    cdef object expiryReason
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId
    cdef int64_t transactTime
    cdef int64_t c_price
    cdef int64_t c_origQty
    cdef int64_t c_executedQty
    cdef int64_t c_cummulativeQuoteQty
    cdef int64_t c_stopPrice
    cdef int64_t c_icebergQty
    cdef int64_t c_preventedQuantity
    cdef int64_t c_origQuoteOrderQty
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_price
    cdef int e_origQty
    cdef int e_executedQty
    cdef int e_cummulativeQuoteQty
    cdef int e_stopPrice
    cdef int e_icebergQty
    cdef int e_preventedQuantity
    cdef int e_origQuoteOrderQty


cdef class NewOrderFullResponse(Record):
    cdef object orderListId
    cdef object status
    cdef object timeInForce
    cdef object orderType
    cdef object side
    cdef object trailingDelta
    cdef object trailingTime
    cdef object workingTime
    cdef object strategyId
    cdef object strategyType
    cdef object orderCapacity
    cdef object workingFloor
    cdef object selfTradePreventionMode
    cdef object tradeGroupId
    cdef object usedSor
    cdef object pegPriceType
    cdef object pegOffsetType
    cdef object pegOffsetValue
    cdef object peggedPrice
    cdef object expiryReason
    cdef object fills
    cdef object preventedMatches
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId
    cdef int64_t transactTime
    cdef int64_t c_price
    cdef int64_t c_origQty
    cdef int64_t c_executedQty
    cdef int64_t c_cummulativeQuoteQty
    cdef int64_t c_stopPrice
    cdef int64_t c_icebergQty
    cdef int64_t c_preventedQuantity
    cdef int64_t c_origQuoteOrderQty
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_price
    cdef int e_origQty
    cdef int e_executedQty
    cdef int e_cummulativeQuoteQty
    cdef int e_stopPrice
    cdef int e_icebergQty
    cdef int e_preventedQuantity
    cdef int e_origQuoteOrderQty


cdef class NewOrderFullResponse_fills(Record):
    cdef object matchType
    cdef object tradeId
    cdef object allocId
    cdef object commissionAsset
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int64_t c_commission
    cdef int c_commissionExponent
    cdef int e_price
    cdef int e_qty
    cdef int e_commission


cdef class NewOrderFullResponse_preventedMatches(Record):
    cdef object makerOrderId
    cdef object makerSymbol
    cdef int64_t preventedMatchId
    cdef int64_t c_price
    cdef int64_t c_takerPreventedQuantity
    cdef int64_t c_makerPreventedQuantity
    cdef int e_price
    cdef int e_takerPreventedQuantity
    cdef int e_makerPreventedQuantity


cdef class OrderTestResponse(Record):
    pass


cdef class OrderResponse(Record):
    cdef object orderListId
    cdef object status
    cdef object timeInForce
    cdef object orderType
    cdef object side
    cdef object trailingDelta
    cdef object trailingTime
    cdef object isWorking
    cdef object workingTime
    cdef object strategyId
    cdef object strategyType
    cdef object orderCapacity
    cdef object workingFloor
    cdef object selfTradePreventionMode
    cdef object preventedMatchId
    cdef object usedSor
    cdef object pegPriceType
    cdef object pegOffsetType
    cdef object pegOffsetValue
    cdef object peggedPrice
    cdef object expiryReason
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId
    cdef int64_t c_price
    cdef int64_t c_origQty
    cdef int64_t c_executedQty
    cdef int64_t c_cummulativeQuoteQty
    cdef int64_t c_stopPrice
    cdef int64_t c_icebergQty
    cdef int64_t time
    cdef int64_t updateTime
    cdef int64_t c_origQuoteOrderQty
    cdef int64_t c_preventedQuantity
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_price
    cdef int e_origQty
    cdef int e_executedQty
    cdef int e_cummulativeQuoteQty
    cdef int e_stopPrice
    cdef int e_icebergQty
    cdef int e_origQuoteOrderQty
    cdef int e_preventedQuantity


cdef class CancelOrderResponse(Record):
    cdef object orderListId
    cdef object status
    cdef object timeInForce
    cdef object orderType
    cdef object side
    cdef object trailingDelta
    cdef object trailingTime
    cdef object strategyId
    cdef object strategyType
    cdef object orderCapacity
    cdef object workingFloor
    cdef object selfTradePreventionMode
    cdef object usedSor
    cdef object pegPriceType
    cdef object pegOffsetType
    cdef object pegOffsetValue
    cdef object peggedPrice
    cdef object symbol
    cdef object origClientOrderId
    cdef object clientOrderId
    cdef int64_t orderId
    cdef int64_t transactTime
    cdef int64_t c_price
    cdef int64_t c_origQty
    cdef int64_t c_executedQty
    cdef int64_t c_cummulativeQuoteQty
    cdef int64_t c_stopPrice
    cdef int64_t c_icebergQty
    cdef int64_t c_preventedQuantity
    cdef int64_t c_origQuoteOrderQty
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_price
    cdef int e_origQty
    cdef int e_executedQty
    cdef int e_cummulativeQuoteQty
    cdef int e_stopPrice
    cdef int e_icebergQty
    cdef int e_preventedQuantity
    cdef int e_origQuoteOrderQty


cdef class CancelOpenOrdersResponse(Record):
    cdef object responses


cdef class CancelOpenOrdersResponse_responses(Record):
    cdef object response


cdef class CancelReplaceOrderResponse(Record):
    cdef object cancelResult
    cdef object newOrderResult
    cdef object cancelResponse
    cdef object newOrderResponse


cdef class OrdersResponse(Record):
    cdef object orders


cdef class OrdersResponse_orders(Record):
    cdef object orderListId
    cdef object status
    cdef object timeInForce
    cdef object orderType
    cdef object side
    cdef object trailingDelta
    cdef object trailingTime
    cdef object isWorking
    cdef object workingTime
    cdef object strategyId
    cdef object strategyType
    cdef object orderCapacity
    cdef object workingFloor
    cdef object selfTradePreventionMode
    cdef object preventedMatchId
    cdef object usedSor
    cdef object pegPriceType
    cdef object pegOffsetType
    cdef object pegOffsetValue
    cdef object peggedPrice
    cdef object expiryReason
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId
    cdef int64_t c_price
    cdef int64_t c_origQty
    cdef int64_t c_executedQty
    cdef int64_t c_cummulativeQuoteQty
    cdef int64_t c_stopPrice
    cdef int64_t c_icebergQty
    cdef int64_t time
    cdef int64_t updateTime
    cdef int64_t c_origQuoteOrderQty
    cdef int64_t c_preventedQuantity
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_price
    cdef int e_origQty
    cdef int e_executedQty
    cdef int e_cummulativeQuoteQty
    cdef int e_stopPrice
    cdef int e_icebergQty
    cdef int e_origQuoteOrderQty
    cdef int e_preventedQuantity


cdef class NewOrderListAckResponse(Record):
    cdef object contingencyType
    cdef object listStatusType
    cdef object listOrderStatus
    cdef object orders
    cdef object orderReports
    cdef object listClientOrderId
    cdef object symbol
    cdef int64_t orderListId
    cdef int64_t transactionTime


cdef class NewOrderListAckResponse_orders(Record):
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId


cdef class NewOrderListAckResponse_orderReports(Record):
    cdef object orderListId
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId
    cdef int64_t transactTime


cdef class NewOrderListResultResponse(Record):
    cdef object contingencyType
    cdef object listStatusType
    cdef object listOrderStatus
    cdef object orders
    cdef object orderReports
    cdef object listClientOrderId
    cdef object symbol
    cdef int64_t orderListId
    cdef int64_t transactionTime
    cdef int c_priceExponent
    cdef int c_qtyExponent


cdef class NewOrderListResultResponse_orders(Record):
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId


cdef class NewOrderListResultResponse_orderReports(Record):
    cdef object orderListId
    cdef object status
    cdef object timeInForce
    cdef object orderType
    cdef object side
    cdef object trailingDelta
    cdef object trailingTime
    cdef object workingTime
    cdef object strategyId
    cdef object strategyType
    cdef object orderCapacity
    cdef object workingFloor
    cdef object selfTradePreventionMode
    cdef object tradeGroupId
    cdef object usedSor
    cdef object pegPriceType
    cdef object pegOffsetType
    cdef object pegOffsetValue
    cdef object peggedPrice
    cdef object expiryReason
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId
    cdef int64_t transactTime
    cdef int64_t c_price
    cdef int64_t c_origQty
    cdef int64_t c_executedQty
    cdef int64_t c_cummulativeQuoteQty
    cdef int64_t c_stopPrice
    cdef int64_t c_icebergQty
    cdef int64_t c_preventedQuantity
    cdef int64_t c_origQuoteOrderQty
    cdef int e_price
    cdef int e_origQty
    cdef int e_executedQty
    cdef int e_cummulativeQuoteQty
    cdef int e_stopPrice
    cdef int e_icebergQty
    cdef int e_preventedQuantity
    cdef int e_origQuoteOrderQty


cdef class NewOrderListFullResponse(Record):
    cdef object contingencyType
    cdef object listStatusType
    cdef object listOrderStatus
    cdef object orders
    cdef object orderReports
    cdef object listClientOrderId
    cdef object symbol
    cdef int64_t orderListId
    cdef int64_t transactionTime
    cdef int c_priceExponent
    cdef int c_qtyExponent


cdef class NewOrderListFullResponse_orders(Record):
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId


cdef class NewOrderListFullResponse_orderReports(Record):
    cdef object orderListId
    cdef object status
    cdef object timeInForce
    cdef object orderType
    cdef object side
    cdef object trailingDelta
    cdef object trailingTime
    cdef object workingTime
    cdef object strategyId
    cdef object strategyType
    cdef object orderCapacity
    cdef object workingFloor
    cdef object selfTradePreventionMode
    cdef object tradeGroupId
    cdef object usedSor
    cdef object pegPriceType
    cdef object pegOffsetType
    cdef object pegOffsetValue
    cdef object peggedPrice
    cdef object expiryReason
    cdef object fills
    cdef object preventedMatches
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId
    cdef int64_t transactTime
    cdef int64_t c_price
    cdef int64_t c_origQty
    cdef int64_t c_executedQty
    cdef int64_t c_cummulativeQuoteQty
    cdef int64_t c_stopPrice
    cdef int64_t c_icebergQty
    cdef int64_t c_preventedQuantity
    cdef int64_t c_origQuoteOrderQty
    cdef int e_price
    cdef int e_origQty
    cdef int e_executedQty
    cdef int e_cummulativeQuoteQty
    cdef int e_stopPrice
    cdef int e_icebergQty
    cdef int e_preventedQuantity
    cdef int e_origQuoteOrderQty


cdef class NewOrderListFullResponse_orderReports_fills(Record):
    cdef object matchType
    cdef object tradeId
    cdef object allocId
    cdef object commissionAsset
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int64_t c_commission
    cdef int c_commissionExponent
    cdef int e_price
    cdef int e_qty
    cdef int e_commission


cdef class NewOrderListFullResponse_orderReports_preventedMatches(Record):
    cdef object makerOrderId
    cdef object makerSymbol
    cdef int64_t preventedMatchId
    cdef int64_t c_price
    cdef int64_t c_takerPreventedQuantity
    cdef int64_t c_makerPreventedQuantity
    cdef int e_price
    cdef int e_takerPreventedQuantity
    cdef int e_makerPreventedQuantity


cdef class CancelOrderListResponse(Record):
    cdef object contingencyType
    cdef object listStatusType
    cdef object listOrderStatus
    cdef object orders
    cdef object orderReports
    cdef object listClientOrderId
    cdef object symbol
    cdef int64_t orderListId
    cdef int64_t transactionTime
    cdef int c_priceExponent
    cdef int c_qtyExponent


cdef class CancelOrderListResponse_orders(Record):
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId


cdef class CancelOrderListResponse_orderReports(Record):
    cdef object orderListId
    cdef object status
    cdef object timeInForce
    cdef object orderType
    cdef object side
    cdef object trailingDelta
    cdef object trailingTime
    cdef object strategyId
    cdef object strategyType
    cdef object orderCapacity
    cdef object workingFloor
    cdef object selfTradePreventionMode
    cdef object usedSor
    cdef object pegPriceType
    cdef object pegOffsetType
    cdef object pegOffsetValue
    cdef object peggedPrice
    cdef object symbol
    cdef object origClientOrderId
    cdef object clientOrderId
    cdef int64_t orderId
    cdef int64_t transactTime
    cdef int64_t c_price
    cdef int64_t c_origQty
    cdef int64_t c_executedQty
    cdef int64_t c_cummulativeQuoteQty
    cdef int64_t c_stopPrice
    cdef int64_t c_icebergQty
    cdef int64_t c_preventedQuantity
    cdef int64_t c_origQuoteOrderQty
    cdef int e_price
    cdef int e_origQty
    cdef int e_executedQty
    cdef int e_cummulativeQuoteQty
    cdef int e_stopPrice
    cdef int e_icebergQty
    cdef int e_preventedQuantity
    cdef int e_origQuoteOrderQty


cdef class OrderListResponse(Record):
    cdef object contingencyType
    cdef object listStatusType
    cdef object listOrderStatus
    cdef object orders
    cdef object listClientOrderId
    cdef object symbol
    cdef int64_t orderListId
    cdef int64_t transactionTime


cdef class OrderListResponse_orders(Record):
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId


cdef class OrderListsResponse(Record):
    cdef object orderLists


cdef class OrderListsResponse_orderLists(Record):
    cdef object contingencyType
    cdef object listStatusType
    cdef object listOrderStatus
    cdef object orders
    cdef object listClientOrderId
    cdef object symbol
    cdef int64_t orderListId
    cdef int64_t transactionTime


cdef class OrderListsResponse_orderLists_orders(Record):
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId


cdef class OrderTestWithCommissionsResponse(Record):
    cdef object discountEnabledForAccount
    cdef object discountEnabledForSymbol
    cdef object specialCommissionForOrderMaker
    cdef object specialCommissionForOrderTaker
    cdef object discountAsset
    cdef int64_t c_standardCommissionForOrderMaker
    cdef int64_t c_standardCommissionForOrderTaker
    cdef int64_t c_taxCommissionForOrderMaker
    cdef int64_t c_taxCommissionForOrderTaker
    cdef int64_t c_discount
    cdef int c_commissionExponent
    cdef int c_discountExponent
    cdef int e_standardCommissionForOrderMaker
    cdef int e_standardCommissionForOrderTaker
    cdef int e_taxCommissionForOrderMaker
    cdef int e_taxCommissionForOrderTaker
    cdef int e_discount


cdef class OrderAmendmentsResponse(Record):
    cdef object amendments


cdef class OrderAmendmentsResponse_amendments(Record):
    cdef object symbol
    cdef object origClientOrderId
    cdef object newClientOrderId
    cdef int64_t orderId
    cdef int64_t executionId
    cdef int64_t c_origQty
    cdef int64_t c_newQty
    cdef int64_t time
    cdef int c_qtyExponent
    cdef int e_origQty
    cdef int e_newQty


cdef class OrderAmendKeepPriorityResponse(Record):
    cdef object orderListId
    cdef object status
    cdef object timeInForce
    cdef object orderType
    cdef object side
    cdef object trailingDelta
    cdef object trailingTime
    cdef object workingTime
    cdef object strategyId
    cdef object strategyType
    cdef object orderCapacity
    cdef object workingFloor
    cdef object selfTradePreventionMode
    cdef object usedSor
    cdef object pegPriceType
    cdef object pegOffsetType
    cdef object pegOffsetValue
    cdef object peggedPrice
    cdef object listStatus
    cdef object relatedOrders
    cdef object symbol
    cdef object origClientOrderId
    cdef object clientOrderId
    cdef int64_t transactTime
    cdef int64_t executionId
    cdef int64_t orderId
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int64_t c_executedQty
    cdef int64_t c_preventedQty
    cdef int64_t c_cumulativeQuoteQty
    cdef int64_t c_stopPrice
    cdef int64_t c_icebergQty
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_price
    cdef int e_qty
    cdef int e_executedQty
    cdef int e_preventedQty
    cdef int e_cumulativeQuoteQty
    cdef int e_stopPrice
    cdef int e_icebergQty


cdef class OrderAmendKeepPriorityResponse_listStatus(Record):
    cdef object contingencyType
    cdef object listOrderStatus
    cdef object orders
    cdef object listClientOrderId
    cdef object symbol
    cdef int64_t orderListId


cdef class OrderAmendKeepPriorityResponse_listStatus_orders(Record):
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId


cdef class OrderAmendKeepPriorityResponse_relatedOrders(Record):
    cdef object orderListId
    cdef object status
    cdef object timeInForce
    cdef object orderType
    cdef object side
    cdef object trailingDelta
    cdef object trailingTime
    cdef object workingTime
    cdef object strategyId
    cdef object strategyType
    cdef object orderCapacity
    cdef object workingFloor
    cdef object selfTradePreventionMode
    cdef object usedSor
    cdef object pegPriceType
    cdef object pegOffsetType
    cdef object pegOffsetValue
    cdef object peggedPrice
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int64_t c_executedQty
    cdef int64_t c_preventedQty
    cdef int64_t c_cumulativeQuoteQty
    cdef int64_t c_stopPrice
    cdef int64_t c_icebergQty
    cdef int e_price
    cdef int e_qty
    cdef int e_executedQty
    cdef int e_preventedQty
    cdef int e_cumulativeQuoteQty
    cdef int e_stopPrice
    cdef int e_icebergQty


cdef class AccountResponse(Record):
    cdef object canTrade
    cdef object canWithdraw
    cdef object canDeposit
    cdef object brokered
    cdef object requireSelfTradePrevention
    cdef object preventSor
    cdef object accountType
    cdef object tradeGroupId
    cdef object balances
    cdef object permissions
    cdef object reduceOnlyAssets
    cdef int64_t c_commissionRateMaker
    cdef int64_t c_commissionRateTaker
    cdef int64_t c_commissionRateBuyer
    cdef int64_t c_commissionRateSeller
    cdef int64_t updateTime
    cdef int64_t uid
    cdef int c_commissionExponent
    cdef int e_commissionRateMaker
    cdef int e_commissionRateTaker
    cdef int e_commissionRateBuyer
    cdef int e_commissionRateSeller


cdef class AccountResponse_balances(Record):
    cdef object asset
    cdef int64_t c_free
    cdef int64_t c_locked
    cdef int c_exponent
    cdef int e_free
    cdef int e_locked


cdef class AccountResponse_permissions(Record):
    cdef object permission


cdef class AccountResponse_reduceOnlyAssets(Record):
    cdef object asset


cdef class AccountTradesResponse(Record):
    cdef object trades


cdef class AccountTradesResponse_trades(Record):
    cdef object orderListId
    cdef object isBuyer
    cdef object isMaker
    cdef object isBestMatch
    cdef object symbol
    cdef object commissionAsset
    cdef int64_t id
    cdef int64_t orderId
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int64_t c_quoteQty
    cdef int64_t c_commission
    cdef int64_t time
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int c_commissionExponent
    cdef int e_price
    cdef int e_qty
    cdef int e_quoteQty
    cdef int e_commission


cdef class AccountOrderRateLimitResponse(Record):
    cdef object rateLimits


cdef class AccountOrderRateLimitResponse_rateLimits(Record):
    cdef object rateLimitType
    cdef object interval
    cdef int64_t rateLimit
    cdef int64_t numOrders
    cdef uint8_t intervalNum


cdef class AccountPreventedMatchesResponse(Record):
    cdef object preventedMatches


cdef class AccountPreventedMatchesResponse_preventedMatches(Record):
    cdef object selfTradePreventionMode
    cdef object symbol
    cdef object makerSymbol
    cdef int64_t preventedMatchId
    cdef int64_t takerOrderId
    cdef int64_t makerOrderId
    cdef int64_t tradeGroupId
    cdef int64_t c_price
    cdef int64_t c_takerPreventedQuantity
    cdef int64_t c_makerPreventedQuantity
    cdef int64_t transactTime
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int e_price
    cdef int e_takerPreventedQuantity
    cdef int e_makerPreventedQuantity


cdef class AccountAllocationsResponse(Record):
    cdef object allocations


cdef class AccountAllocationsResponse_allocations(Record):
    cdef object allocationType
    cdef object orderListId
    cdef object sourceTradeId
    cdef object sourceAllocationId
    cdef object isBuyer
    cdef object isMaker
    cdef object isAllocator
    cdef object symbol
    cdef object commissionAsset
    cdef object sourceSymbol
    cdef int64_t allocationId
    cdef int64_t orderId
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int64_t c_quoteQty
    cdef int64_t c_commission
    cdef int64_t time
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int c_commissionExponent
    cdef int e_price
    cdef int e_qty
    cdef int e_quoteQty
    cdef int e_commission


cdef class AccountCommissionResponse(Record):
    cdef object discountEnabledForAccount
    cdef object discountEnabledForSymbol
    cdef object specialCommissionMaker
    cdef object specialCommissionTaker
    cdef object specialCommissionBuyer
    cdef object specialCommissionSeller
    cdef object symbol
    cdef object discountAsset
    cdef int64_t c_standardCommissionMaker
    cdef int64_t c_standardCommissionTaker
    cdef int64_t c_standardCommissionBuyer
    cdef int64_t c_standardCommissionSeller
    cdef int64_t c_taxCommissionMaker
    cdef int64_t c_taxCommissionTaker
    cdef int64_t c_taxCommissionBuyer
    cdef int64_t c_taxCommissionSeller
    cdef int64_t c_discount
    cdef int c_commissionExponent
    cdef int c_discountExponent
    cdef int e_standardCommissionMaker
    cdef int e_standardCommissionTaker
    cdef int e_standardCommissionBuyer
    cdef int e_standardCommissionSeller
    cdef int e_taxCommissionMaker
    cdef int e_taxCommissionTaker
    cdef int e_taxCommissionBuyer
    cdef int e_taxCommissionSeller
    cdef int e_discount


cdef class UserDataStreamStartResponse(Record):
    cdef object listenKey


cdef class UserDataStreamPingResponse(Record):
    pass


cdef class UserDataStreamStopResponse(Record):
    pass


cdef class UserDataStreamSubscribeResponse(Record):
    cdef object subscriptionId


cdef class UserDataStreamUnsubscribeResponse(Record):
    pass


cdef class UserDataStreamSubscribeListenTokenResponse(Record):
    cdef int64_t expirationTime
    cdef uint16_t subscriptionId


cdef class AllocationReportEvent(Record):
    cdef object allocationTransactionType
    cdef object allocationReportType
    cdef object allocationStatus
    cdef object side
    cdef object counterPartyRole
    cdef object sourceOrderListId
    cdef object sourceTradeId
    cdef object sourceAllocationId
    cdef object subscriptionId
    cdef object symbol
    cdef object commissionAsset
    cdef object sourceSymbol
    cdef int64_t eventTime
    cdef int64_t transactTime
    cdef int64_t counterPartyExternalAccountId
    cdef int64_t counterPartyOrderId
    cdef int64_t allocationReportId
    cdef int64_t allocationId
    cdef int64_t sourceOrderId
    cdef int64_t c_price
    cdef int64_t c_qty
    cdef int64_t c_quoteQty
    cdef int64_t c_commission
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int c_commissionExponent
    cdef int e_price
    cdef int e_qty
    cdef int e_quoteQty
    cdef int e_commission


cdef class BalanceUpdateEvent(Record):
    cdef object clearTime
    cdef object subscriptionId
    cdef object asset
    cdef int64_t eventTime
    cdef int64_t c_freeQtyDelta
    cdef int c_qtyExponent
    cdef int e_freeQtyDelta


cdef class EventStreamTerminatedEvent(Record):
    cdef object subscriptionId
    cdef int64_t eventTime


cdef class ExecutionReportEvent(Record):
    cdef object orderCreationTime
    cdef object workingTime
    cdef object orderListId
    cdef object orderType
    cdef object side
    cdef object timeInForce
    cdef object executionType
    cdef object orderStatus
    cdef object tradeId
    cdef object isWorking
    cdef object isMaker
    cdef object isBestMatch
    cdef object matchType
    cdef object selfTradePreventionMode
    cdef object orderCapacity
    cdef object workingFloor
    cdef object usedSor
    cdef object allocId
    cdef object trailingDelta
    cdef object trailingTime
    cdef object tradeGroupId
    cdef object preventedMatchId
    cdef object strategyType
    cdef object strategyId
    cdef object counterOrderId
    cdef object subscriptionId
    cdef object pegPriceType
    cdef object pegOffsetType
    cdef object pegOffsetValue
    cdef object peggedPrice
    cdef object expiryReason
    cdef object symbol
    cdef object clientOrderId
    cdef object origClientOrderId
    cdef object commissionAsset
    cdef object rejectReason
    cdef object counterSymbol
    cdef int64_t eventTime
    cdef int64_t transactTime
    cdef int64_t orderId
    cdef int64_t c_origQty
    cdef int64_t c_price
    cdef int64_t c_origQuoteOrderQty
    cdef int64_t c_icebergQty
    cdef int64_t c_stopPrice
    cdef int64_t executionId
    cdef int64_t c_executedQty
    cdef int64_t c_cummulativeQuoteQty
    cdef int64_t c_lastQty
    cdef int64_t c_lastPrice
    cdef int64_t c_quoteQty
    cdef int64_t c_commission
    cdef int64_t c_preventedQty
    cdef int64_t c_lastPreventedQty
    cdef int64_t c_preventedExecutionQty
    cdef int64_t c_preventedExecutionPrice
    cdef int64_t c_preventedExecutionQuoteQty
    cdef int c_priceExponent
    cdef int c_qtyExponent
    cdef int c_commissionExponent
    cdef int e_origQty
    cdef int e_price
    cdef int e_origQuoteOrderQty
    cdef int e_icebergQty
    cdef int e_stopPrice
    cdef int e_executedQty
    cdef int e_cummulativeQuoteQty
    cdef int e_lastQty
    cdef int e_lastPrice
    cdef int e_quoteQty
    cdef int e_commission
    cdef int e_preventedQty
    cdef int e_lastPreventedQty
    cdef int e_preventedExecutionQty
    cdef int e_preventedExecutionPrice
    cdef int e_preventedExecutionQuoteQty


cdef class ExternalLockUpdateEvent(Record):
    cdef object subscriptionId
    cdef object asset
    cdef int64_t eventTime
    cdef int64_t clearTime
    cdef int64_t c_lockedQtyDelta
    cdef int c_qtyExponent
    cdef int e_lockedQtyDelta


cdef class ListStatusEvent(Record):
    cdef object contingencyType
    cdef object listStatusType
    cdef object listOrderStatus
    cdef object subscriptionId
    cdef object orders
    cdef object symbol
    cdef object listClientOrderId
    cdef object rejectReason
    cdef int64_t eventTime
    cdef int64_t transactTime
    cdef int64_t orderListId


cdef class ListStatusEvent_orders(Record):
    cdef object symbol
    cdef object clientOrderId
    cdef int64_t orderId


cdef class OutboundAccountPositionEvent(Record):
    cdef object subscriptionId
    cdef object balances
    cdef int64_t eventTime
    cdef int64_t updateTime


cdef class OutboundAccountPositionEvent_balances(Record):
    cdef object asset
    cdef int64_t c_free
    cdef int64_t c_locked
    cdef int c_exponent
    cdef int e_free
    cdef int e_locked


cdef class ServerShutdownEvent(Record):
    cdef int64_t eventTime


cdef class NonRepresentableMessage(Record):
    pass
