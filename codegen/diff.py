"""What changed between two versions of a schema, as a human summary.

Works on the plain view of the model (:meth:`sbe._schema.Schema.to_plain`), so the previous
schema can be read back from a committed ``<module>_ir.py`` without its XML::

    d = diff_schemas(old, new)      # Schema objects or plain dicts
    print(d.summary())
    d.breaking                      # changes that break wire compatibility

Each change has a level:

* ``info``     - added/removed/changed, compatible on the wire;
* ``note``     - compatible on the wire but surprising for decoders of the old version
  (e.g. an enum value added without ``sinceVersion``: an older decoder sees an unknown value);
* ``breaking`` - a decoder of one version misreads messages of the other: a field removed,
  moved or resized, a message removed, an enum value renumbered, a group inserted...
  Binance's rule is that such changes come with a new schema id; within one id they are
  called out loudly (Binance has done it: 3:0→3:1 ``relatedOrders``, 3:2→3:3 message 608).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

INFO, NOTE, BREAKING = "info", "note", "breaking"


@dataclass
class Change:
    section: str  # header | messages | enums | sets | composites
    path: str  # "ExecutionReportEvent", "ExchangeInfoResponse.symbols.filters", "symbolStatus"
    text: str
    level: str = INFO

    def line(self) -> str:
        return f"{self.path}: {self.text}" if self.path else self.text


@dataclass
class SchemaDiff:
    old: dict
    new: dict
    changes: list[Change] = field(default_factory=list)

    @property
    def same_id(self) -> bool:
        return self.old["id"] == self.new["id"] and self.old["package"] == self.new["package"]

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.level == BREAKING]

    @property
    def notes(self) -> list[Change]:
        return [c for c in self.changes if c.level == NOTE]

    @property
    def empty(self) -> bool:
        return not self.changes

    def add(self, section, path, text, level=INFO):
        self.changes.append(Change(section, path, text, level))

    def summary(self) -> str:
        return format_summary(self)


def _plain(s) -> dict:
    return s if isinstance(s, dict) else s.to_plain()


def label(p: dict) -> str:
    return f"{p['package']} {p['id']}:{p['version']}"


# --------------------------------------------------------------------------------------------
# comparison
# --------------------------------------------------------------------------------------------

def diff_schemas(old, new) -> SchemaDiff:
    """Compare two schemas (``Schema`` or plain dicts); returns a :class:`SchemaDiff`."""
    old, new = _plain(old), _plain(new)
    d = SchemaDiff(old, new)
    _diff_header(d, old, new)
    _diff_messages(d, old, new)
    _diff_enums(d, old, new)
    _diff_sets(d, old, new)
    _diff_composites(d, old, new)
    return d


def _diff_header(d: SchemaDiff, old: dict, new: dict) -> None:
    if old["package"] != new["package"]:
        d.add("header", "", f"package {old['package']} -> {new['package']}", BREAKING)
    if old["id"] != new["id"]:
        d.add("header", "", f"schema id {old['id']} -> {new['id']} (Binance's signal for a "
                            "breaking change: requests must name the new id)", BREAKING)
    if old["version"] != new["version"]:
        d.add("header", "", f"version {old['version']} -> {new['version']}")
    if old.get("semanticVersion") != new.get("semanticVersion"):
        d.add("header", "", f"semanticVersion {old.get('semanticVersion')} -> "
                            f"{new.get('semanticVersion')}")
    if old["byteOrder"] != new["byteOrder"]:
        d.add("header", "", f"byteOrder {old['byteOrder']} -> {new['byteOrder']}", BREAKING)
    for slot in ("blockLength", "templateId", "schemaId", "version"):
        if old["header"][slot] != new["header"][slot]:
            d.add("header", "", f"message header {slot} {old['header'][slot]} -> "
                                f"{new['header'][slot]}", BREAKING)


def _diff_messages(d: SchemaDiff, old: dict, new: dict) -> None:
    om = {m["name"]: m for m in old["messages"]}
    nm = {m["name"]: m for m in new["messages"]}
    old_by_id = {m["id"]: m for m in old["messages"]}
    new_by_id = {m["id"]: m for m in new["messages"]}
    renamed = {}
    for name, m in om.items():
        if name not in nm and m["id"] in new_by_id and new_by_id[m["id"]]["name"] not in om:
            renamed[name] = new_by_id[m["id"]]["name"]
    for name, m in nm.items():
        if name not in om and name not in renamed.values():
            since = f", sinceVersion {m['since']}" if m["since"] else ""
            clash = old_by_id.get(m["id"])
            level = BREAKING if clash is not None else INFO
            extra = f" (reuses the id of {clash['name']})" if clash is not None else ""
            d.add("messages", name, f"added (id {m['id']}{since}){extra}", level)
    for name, m in om.items():
        if name in renamed:
            d.add("messages", name, f"renamed to {renamed[name]} (id {m['id']})")
            _diff_block(d, name, m, nm[renamed[name]], old["version"])
        elif name not in nm:
            d.add("messages", name, f"removed (id {m['id']}): decoders of the new version "
                                    "reject it", BREAKING)
        else:
            n = nm[name]
            if m["id"] != n["id"]:
                d.add("messages", name, f"templateId {m['id']} -> {n['id']}", BREAKING)
            if m["since"] != n["since"]:
                d.add("messages", name, f"sinceVersion {m['since']} -> {n['since']}")
            _diff_block(d, name, m, n, old["version"])


def _ftype(f: dict) -> str:
    """Short description of a field's type, e.g. ``int64``, ``enum symbolStatus (uint8)``."""
    kind = f["kind"]
    if kind in ("enum", "set"):
        return f"{kind} {f['type']} ({f['primitive']})"
    if kind == "composite":
        return f"composite {f['type']}"
    t = f["primitive"] or "?"
    if f.get("length", 1) != 1:
        t += f"[{f['length']}]"
    if kind == "mantissa":
        t += f" mantissa (exponent {f['exponent'][1]})" if f.get("exponent") else " mantissa"
    return t


def _fdesc(f: dict) -> str:
    out = f"{_ftype(f)} at offset {f['offset']}"
    if f["presence"] != "required":
        out += f", {f['presence']}"
    if f["since"]:
        out += f", sinceVersion {f['since']}"
    return out


def _wire(f: dict) -> tuple:
    return (f["offset"], f["size"], f["primitive"], f.get("length", 1))


def _diff_block(d: SchemaDiff, path: str, o: dict, n: dict, old_version: int) -> None:
    sec = "messages"
    if o["blockLength"] != n["blockLength"]:
        d.add(sec, path, f"blockLength {o['blockLength']} -> {n['blockLength']}")
    of = {f["name"]: f for f in o["fields"]}
    nf = {f["name"]: f for f in n["fields"]}
    removed = [f for name, f in of.items() if name not in nf]
    added = [f for name, f in nf.items() if name not in of]
    # a removed and an added field with the same wire slot: a rename
    for r in list(removed):
        for a in list(added):
            if r["presence"] != "constant" and _wire(r) == _wire(a) and r["kind"] == a["kind"]:
                d.add(sec, path, f"field {r['name']} renamed to {a['name']} (same wire layout)")
                removed.remove(r)
                added.remove(a)
                break
    for f in removed:
        if f["presence"] == "constant":
            d.add(sec, path, f"constant field {f['name']} removed")
        else:
            d.add(sec, path, f"field {f['name']} removed ({_fdesc(f)})", BREAKING)
    for f in added:
        if f["presence"] == "constant":
            d.add(sec, path, f"constant field {f['name']} added")
        elif f["offset"] < o["blockLength"]:
            d.add(sec, path, f"field {f['name']} inserted inside the old block "
                             f"({_fdesc(f)}; old blockLength {o['blockLength']})", BREAKING)
        else:
            level = INFO
            text = f"+ field {f['name']} ({_fdesc(f)})"
            if f["since"] <= old_version:
                level = NOTE
                text += (f" without a sinceVersion above {old_version}: messages of older "
                         "versions lack it")
            d.add(sec, path, text, level)
    for name, f in of.items():
        g = nf.get(name)
        if g is None:
            continue
        if f["presence"] == "constant" or g["presence"] == "constant":
            if (f["presence"], f.get("constant")) != (g["presence"], g.get("constant")):
                d.add(sec, path, f"field {name}: {f['presence']} {f.get('constant')!r} -> "
                                 f"{g['presence']} {g.get('constant')!r}",
                      BREAKING if "constant" not in (f["presence"], g["presence"]) or
                      f["presence"] != g["presence"] else INFO)
            continue
        if f["offset"] != g["offset"]:
            d.add(sec, path, f"field {name} moved from offset {f['offset']} to "
                             f"{g['offset']}", BREAKING)
        if (f["size"], f["primitive"], f.get("length", 1)) != \
                (g["size"], g["primitive"], g.get("length", 1)):
            d.add(sec, path, f"field {name} type {_ftype(f)} -> {_ftype(g)} "
                             f"(size {f['size']} -> {g['size']})", BREAKING)
        elif f["kind"] != g["kind"] or f.get("type") != g.get("type"):
            d.add(sec, path, f"field {name} type {_ftype(f)} -> {_ftype(g)}")
        if (f.get("exponent") or None) != (g.get("exponent") or None):
            d.add(sec, path, f"field {name} exponent {_exp(f)} -> {_exp(g)} (the decoded "
                             "value changes meaning)", BREAKING)
        if f["presence"] != g["presence"]:
            d.add(sec, path, f"field {name} {f['presence']} -> {g['presence']}",
                  NOTE if g["presence"] == "optional" else INFO)
        if f["since"] != g["since"]:
            d.add(sec, path, f"field {name} sinceVersion {f['since']} -> {g['since']}")
    _diff_members(d, path, "group", o["groups"], n["groups"], old_version,
                  trailing_data=bool(o["data"]))
    _diff_members(d, path, "data", o["data"], n["data"], old_version, trailing_data=False)


def _exp(f: dict) -> str:
    e = f.get("exponent")
    if not e:
        return "none"
    return ("../" * e[0]) + e[1]


def _diff_members(d: SchemaDiff, path: str, what: str, old: list, new: list,
                  old_version: int, trailing_data: bool) -> None:
    """Groups or var-data fields: their order is the wire order."""
    sec = "messages"
    on = [x["name"] for x in old]
    nn = [x["name"] for x in new]
    # same position, same shape, another name: a rename (3:1 data apiKey -> loggedOnApiKey)
    if len(on) == len(nn):
        for i, (a, b) in enumerate(zip(old, new)):
            if a["name"] != b["name"] and a["name"] not in nn and b["name"] not in on and \
                    _shape(a) == _shape(b):
                d.add(sec, path, f"{what} {a['name']} renamed to {b['name']} (same wire layout)")
                nn[i] = a["name"]
    ob = {x["name"]: x for x in old}
    nb = {name: x for name, x in zip(nn, new)}
    for name in on:
        if name not in nb:
            d.add(sec, path, f"{what} {name} removed", BREAKING)
    common_old = [x for x in on if x in nb]
    common_new = [x for x in nn if x in ob]
    if common_old != common_new:
        d.add(sec, path, f"{what}s reordered: {', '.join(common_old)} -> "
                         f"{', '.join(common_new)}", BREAKING)
    for i, name in enumerate(nn):
        if name in ob:
            continue
        x = nb[name]
        since = f", sinceVersion {x['since']}" if x.get("since") else ""
        appended = all(other in ob for other in nn[:i]) and all(
            other not in ob for other in nn[i:])
        if not appended:
            d.add(sec, path, f"{what} {name} inserted before existing {what}s{since}", BREAKING)
        elif what == "group" and trailing_data:
            d.add(sec, path, f"group {name} added before the var-data fields{since}: older "
                             "decoders read it as var data", BREAKING)
        else:
            d.add(sec, path, f"+ {what} {name}{since}",
                  NOTE if x.get("since", 0) <= old_version else INFO)
    for name in nn:
        if name not in ob:
            continue
        a, b = ob[name], nb[name]
        if what == "group":
            if a["dimension"] != b["dimension"]:
                d.add(sec, f"{path}.{name}", f"group dimension {a['dimension']} -> "
                                             f"{b['dimension']}", BREAKING)
            _diff_block(d, f"{path}.{name}", a, b, old_version)
        else:
            for key in ("kind", "optional", "lengthPrimitive", "charEncoding"):
                if a.get(key) != b.get(key):
                    level = BREAKING if key == "lengthPrimitive" else INFO
                    d.add(sec, path, f"data {name} {key} {a.get(key)} -> {b.get(key)}", level)


def _shape(x: dict) -> tuple:
    if "dimension" in x:
        return ("group", repr(x["dimension"]), x["blockLength"],
                tuple(_wire(f) for f in x["fields"]))
    return ("data", x.get("kind"), x.get("lengthPrimitive"), x.get("optional"))


def _diff_enums(d: SchemaDiff, old: dict, new: dict) -> None:
    oe, ne = old["enums"], new["enums"]
    for name in ne:
        if name not in oe:
            d.add("enums", name, "added: " + ", ".join(f"{v[0]}={v[1]}" for v in ne[name]["values"]))
    for name in oe:
        if name not in ne:
            d.add("enums", name, "removed (type no longer used)")
    for name in oe:
        if name not in ne:
            continue
        a, b = oe[name], ne[name]
        if a["encoding"] != b["encoding"]:
            d.add("enums", name, f"encoding {a['encoding']} -> {b['encoding']}", BREAKING)
        av = {v[0]: v for v in a["values"]}
        bv = {v[0]: v for v in b["values"]}
        for vname, v in bv.items():
            if vname not in av:
                if v[2] > old["version"] and d.same_id:
                    d.add("enums", name, f"+ {vname} = {v[1]} (sinceVersion {v[2]})")
                else:
                    d.add("enums", name, f"+ {vname} = {v[1]} (no sinceVersion above "
                                         f"{old['version']}: a {label(old)} decoder sees an "
                                         f"unknown value {v[1]})", NOTE)
        for vname, v in av.items():
            if vname not in bv:
                d.add("enums", name, f"- {vname} = {v[1]} removed", BREAKING)
            elif bv[vname][1] != v[1]:
                d.add("enums", name, f"{vname} renumbered {v[1]} -> {bv[vname][1]}", BREAKING)
            elif bv[vname][2] != v[2]:
                d.add("enums", name, f"{vname} sinceVersion {v[2]} -> {bv[vname][2]}")


def _diff_sets(d: SchemaDiff, old: dict, new: dict) -> None:
    os_, ns = old["sets"], new["sets"]
    for name in ns:
        if name not in os_:
            d.add("sets", name, "added: " + ", ".join(f"{c[0]}(bit {c[1]})"
                                                     for c in ns[name]["choices"]))
    for name in os_:
        if name not in ns:
            d.add("sets", name, "removed (type no longer used)")
    for name in os_:
        if name not in ns:
            continue
        a, b = os_[name], ns[name]
        if a["encoding"] != b["encoding"]:
            d.add("sets", name, f"encoding {a['encoding']} -> {b['encoding']}", BREAKING)
        ac = {c[0]: c for c in a["choices"]}
        bc = {c[0]: c for c in b["choices"]}
        for cname, c in bc.items():
            if cname not in ac:
                if c[2] > old["version"] and d.same_id:
                    d.add("sets", name, f"+ {cname} (bit {c[1]}, sinceVersion {c[2]})")
                else:
                    d.add("sets", name, f"+ {cname} (bit {c[1]}; no sinceVersion above "
                                        f"{old['version']}: a {label(old)} decoder ignores "
                                        "the bit)", NOTE)
        for cname, c in ac.items():
            if cname not in bc:
                d.add("sets", name, f"- {cname} (bit {c[1]}) removed", BREAKING)
            elif bc[cname][1] != c[1]:
                d.add("sets", name, f"{cname} moved from bit {c[1]} to {bc[cname][1]}", BREAKING)


def _diff_composites(d: SchemaDiff, old: dict, new: dict) -> None:
    oc, nc = old["composites"], new["composites"]
    for name in nc:
        if name not in oc:
            d.add("composites", name, f"added (size {nc[name]['size']})")
    for name in oc:
        if name not in nc:
            d.add("composites", name, "removed (type no longer used)")
    for name in oc:
        if name not in nc:
            continue
        a, b = oc[name], nc[name]
        am = {m["name"]: m for m in a["members"]}
        bm = {m["name"]: m for m in b["members"]}
        if a["size"] != b["size"]:
            d.add("composites", name, f"size {a['size']} -> {b['size']}", BREAKING)
        for mname in bm:
            if mname not in am:
                d.add("composites", name, f"+ member {mname} ({_fdesc(bm[mname])})")
        for mname, m in am.items():
            if mname not in bm:
                d.add("composites", name, f"- member {mname} removed", BREAKING)
            elif _wire(m) != _wire(bm[mname]):
                d.add("composites", name, f"member {mname}: {_fdesc(m)} -> "
                                          f"{_fdesc(bm[mname])}", BREAKING)


# --------------------------------------------------------------------------------------------
# the summary
# --------------------------------------------------------------------------------------------

_SECTIONS = [("header", "Schema"), ("messages", "Messages"), ("enums", "Enums"),
             ("sets", "Sets"), ("composites", "Composite types")]


def format_summary(d: SchemaDiff) -> str:
    old, new = d.old, d.new
    out = [f"{label(old)} ({old.get('source') or '?'}) -> {label(new)} "
           f"({new.get('source') or '?'})"]
    if old.get("sha256") != new.get("sha256"):
        out.append(f"  sha256 {old.get('sha256', '')[:16]}... -> {new.get('sha256', '')[:16]}...")
    if d.empty:
        out.append("  no differences in messages, fields, groups, enums or sets")
        return "\n".join(out) + "\n"
    # counts line
    om = {m["name"] for m in old["messages"]}
    nm = {m["name"] for m in new["messages"]}
    changed_msgs = {c.path.split(".")[0] for c in d.changes if c.section == "messages"} & om & nm
    out.append(f"  messages: {len(nm - om)} added, {len(om - nm)} removed, "
               f"{len(changed_msgs)} changed")
    for section, title in _SECTIONS:
        items = [c for c in d.changes if c.section == section]
        if not items:
            continue
        out.append("")
        out.append(title)
        if section == "header":
            out += [f"  {c.text}" for c in items]
            continue
        by_path: dict[str, list[Change]] = {}
        for c in items:
            by_path.setdefault(c.path, []).append(c)
        for path, cs in by_path.items():
            mark = {INFO: " ", NOTE: "!", BREAKING: "X"}
            if len(cs) == 1 and not cs[0].text.startswith(("+", "-", "field", "group", "data")):
                out.append(f" {mark[cs[0].level]} {path}: {cs[0].text}")
                continue
            out.append(f"   {path}")
            for c in cs:
                out.append(f"   {mark[c.level]}  {c.text}")
    if d.notes:
        out.append("")
        out.append(f"Notes ({len(d.notes)}): compatible on the wire, but older decoders see "
                   "something new")
        out += [f"  ! {c.line()}" for c in d.notes]
    out.append("")
    br = d.breaking
    if not d.same_id:
        out.append(f"NEW SCHEMA ID {old['id']} -> {new['id']}: a breaking change by Binance's "
                   f"rule. The {label(old)} decoders are kept beside the new ones for the "
                   "transition; the client must request the new id.")
        if br:
            out.append(f"  wire differences ({len(br)}):")
            out += [f"  X {c.line()}" for c in br]
    elif br:
        bar = "!" * 78
        out.append(bar)
        out.append(f"!!! BREAKING: {len(br)} wire-incompatible change(s) WITHIN schema id "
                   f"{new['id']} ({old['version']} -> {new['version']}) !!!")
        out.append("!!! decoders of one version misread or reject messages of the other:")
        out += [f"!!!   {c.line()}" for c in br]
        out.append(bar)
    else:
        out.append(f"No breaking wire changes within schema id {new['id']}.")
    return "\n".join(out) + "\n"


def diff_summary(old: Union[dict, object], new: Union[dict, object]) -> str:
    return diff_schemas(old, new).summary()
