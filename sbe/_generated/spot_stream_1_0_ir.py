# GENERATED FROM stream_1_0.xml (package spot_stream, schema 1:0, sha256 6ea328467e144311b1f1efff38e9fe613829997f041dd02a3b7077885d10a1f7) DO NOT EDIT.
# Regenerate with: python -m codegen --pinned
"""Model of stream_1_0.xml (sbe._schema.Schema): input of sbe._pycodec (encoder and reference decoder)."""

from sbe._schema import Schema

MODEL = Schema.from_json(r"""
{"package":"spot_stream","id":1,"version":0,"semanticVersion":"5.2","byteOrder":"littleEndian","description":"Spot data streams SBE message schema","source":"stream_1_0.xml","header":"messageHeader",
 "sha256":"6ea328467e144311b1f1efff38e9fe613829997f041dd02a3b7077885d10a1f7",
 "types":[
  {"composite":"messageHeader","size":8,
   "members":[
    ["blockLength",0,"int",{"type":"blockLength","primitive":"uint16"}],
    ["templateId",2,"int",{"type":"templateId","primitive":"uint16"}],
    ["schemaId",4,"int",{"type":"schemaId","primitive":"uint16"}],
    ["version",6,"int",{"type":"version","primitive":"uint16"}]]},
  {"composite":"groupSizeEncoding","size":6,
   "members":[
    ["blockLength",0,"int",{"type":"blockLength","primitive":"uint16"}],
    ["numInGroup",2,"int",{"type":"numInGroup","primitive":"uint32","max":2147483647}]]},
  {"composite":"groupSize16Encoding","size":4,
   "members":[
    ["blockLength",0,"int",{"type":"blockLength","primitive":"uint16"}],
    ["numInGroup",2,"int",{"type":"numInGroup","primitive":"uint16"}]]},
  {"composite":"varString8","size":1,
   "members":[
    ["length",0,"int",{"type":"length","primitive":"uint8"}],
    ["varData",1,"int",{"type":"varData","primitive":"uint8","length":0,"encoding":"UTF-8"}]]},
  {"type":"mantissa64","primitive":"int64"},
  {"type":"exponent8","primitive":"int8"},
  {"type":"tradeId","primitive":"int64"},
  {"type":"updateId","primitive":"int64"},
  {"type":"utcTimestampUs","primitive":"int64"},
  {"enum":"boolEnum","encoding":"uint8","values":[["False",0,0],["True",1,0]]}],
 "messages":[
  {"name":"TradesStreamEvent","id":10000,"blockLength":18,
   "fields":[
    {"name":"eventTime","id":1,"offset":0,"kind":"int","type":"utcTimestampUs"},
    {"name":"transactTime","id":2,"offset":8,"kind":"int","type":"utcTimestampUs"},
    {"name":"priceExponent","id":3,"offset":16,"kind":"int","type":"exponent8","isExponent":true},
    {"name":"qtyExponent","id":4,"offset":17,"kind":"int","type":"exponent8","isExponent":true}],
   "groups":[
    {"name":"trades","id":100,"blockLength":25,"dimension":"groupSizeEncoding","groups":[],"data":[],
     "fields":[
      {"name":"id","id":1,"offset":0,"kind":"int","type":"tradeId"},
      {"name":"price","id":2,"offset":8,"kind":"mantissa","type":"mantissa64","exponent":[1,"priceExponent"]},
      {"name":"qty","id":3,"offset":16,"kind":"mantissa","type":"mantissa64","exponent":[1,"qtyExponent"]},
      {"name":"isBuyerMaker","id":4,"offset":24,"kind":"enum","type":"boolEnum"},
      {"name":"isBestMatch","id":5,"offset":25,"kind":"enum","type":"boolEnum","presence":"constant","constant":"True"}]}],
   "data":[{"name":"symbol","id":200,"type":"varString8","kind":"text"}]},
  {"name":"BestBidAskStreamEvent","id":10001,"blockLength":50,"groups":[],
   "fields":[
    {"name":"eventTime","id":1,"offset":0,"kind":"int","type":"utcTimestampUs"},
    {"name":"bookUpdateId","id":2,"offset":8,"kind":"int","type":"updateId"},
    {"name":"priceExponent","id":3,"offset":16,"kind":"int","type":"exponent8","isExponent":true},
    {"name":"qtyExponent","id":4,"offset":17,"kind":"int","type":"exponent8","isExponent":true},
    {"name":"bidPrice","id":5,"offset":18,"kind":"mantissa","type":"mantissa64","exponent":[0,"priceExponent"]},
    {"name":"bidQty","id":6,"offset":26,"kind":"mantissa","type":"mantissa64","exponent":[0,"qtyExponent"]},
    {"name":"askPrice","id":7,"offset":34,"kind":"mantissa","type":"mantissa64","exponent":[0,"priceExponent"]},
    {"name":"askQty","id":8,"offset":42,"kind":"mantissa","type":"mantissa64","exponent":[0,"qtyExponent"]}],
   "data":[{"name":"symbol","id":200,"type":"varString8","kind":"text"}]},
  {"name":"DepthSnapshotStreamEvent","id":10002,"blockLength":18,
   "fields":[
    {"name":"eventTime","id":1,"offset":0,"kind":"int","type":"utcTimestampUs"},
    {"name":"bookUpdateId","id":2,"offset":8,"kind":"int","type":"updateId"},
    {"name":"priceExponent","id":3,"offset":16,"kind":"int","type":"exponent8","isExponent":true},
    {"name":"qtyExponent","id":4,"offset":17,"kind":"int","type":"exponent8","isExponent":true}],
   "groups":[
    {"name":"bids","id":100,"blockLength":16,"dimension":"groupSize16Encoding","groups":[],"data":[],
     "fields":[
      {"name":"price","id":1,"offset":0,"kind":"mantissa","type":"mantissa64","exponent":[1,"priceExponent"]},
      {"name":"qty","id":2,"offset":8,"kind":"mantissa","type":"mantissa64","exponent":[1,"qtyExponent"]}]},
    {"name":"asks","id":101,"blockLength":16,"dimension":"groupSize16Encoding","groups":[],"data":[],
     "fields":[
      {"name":"price","id":1,"offset":0,"kind":"mantissa","type":"mantissa64","exponent":[1,"priceExponent"]},
      {"name":"qty","id":2,"offset":8,"kind":"mantissa","type":"mantissa64","exponent":[1,"qtyExponent"]}]}],
   "data":[{"name":"symbol","id":200,"type":"varString8","kind":"text"}]},
  {"name":"DepthDiffStreamEvent","id":10003,"blockLength":26,
   "fields":[
    {"name":"eventTime","id":1,"offset":0,"kind":"int","type":"utcTimestampUs"},
    {"name":"firstBookUpdateId","id":2,"offset":8,"kind":"int","type":"updateId"},
    {"name":"lastBookUpdateId","id":3,"offset":16,"kind":"int","type":"updateId"},
    {"name":"priceExponent","id":4,"offset":24,"kind":"int","type":"exponent8","isExponent":true},
    {"name":"qtyExponent","id":5,"offset":25,"kind":"int","type":"exponent8","isExponent":true}],
   "groups":[
    {"name":"bids","id":100,"blockLength":16,"dimension":"groupSize16Encoding","groups":[],"data":[],
     "fields":[
      {"name":"price","id":1,"offset":0,"kind":"mantissa","type":"mantissa64","exponent":[1,"priceExponent"]},
      {"name":"qty","id":2,"offset":8,"kind":"mantissa","type":"mantissa64","exponent":[1,"qtyExponent"]}]},
    {"name":"asks","id":101,"blockLength":16,"dimension":"groupSize16Encoding","groups":[],"data":[],
     "fields":[
      {"name":"price","id":1,"offset":0,"kind":"mantissa","type":"mantissa64","exponent":[1,"priceExponent"]},
      {"name":"qty","id":2,"offset":8,"kind":"mantissa","type":"mantissa64","exponent":[1,"qtyExponent"]}]}],
   "data":[{"name":"symbol","id":200,"type":"varString8","kind":"text"}]}]}
""")
IR = MODEL.to_plain()
