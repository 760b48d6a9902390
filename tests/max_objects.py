"""Max objects the bundled .maxpat files may use.

INLETS_OUTLETS holds (inlets, outlets) for objects whose counts do not depend on arguments, or a
function of the argument list where they do, so the patch check catches a box whose declared
counts do not match what Max would create. KNOWN lists further standard objects (counts unchecked).
"""

def _route(args):  # route/select/sel: one outlet per argument plus "no match"
    return (2, len(args) + 1)


def _per_arg(args) -> int:  # unpack/trigger/pack: one per argument, two when there are none
    return len(args) if args else 2


INLETS_OUTLETS = {
    "udpsend": lambda a: (1, 0),
    "udpreceive": lambda a: (1, 1),
    "print": lambda a: (1, 0),
    "loadbang": lambda a: (1, 1),
    "route": _route,
    "routepass": _route,
    "select": _route,
    "sel": _route,
    "unpack": lambda a: (1, _per_arg(a)),
    "pack": lambda a: (_per_arg(a), 1),
    "pak": lambda a: (_per_arg(a), 1),
    "trigger": lambda a: (1, _per_arg(a)),
    "t": lambda a: (1, _per_arg(a)),
    "prepend": lambda a: (2, 1),
    "append": lambda a: (2, 1),
    "makenote": lambda a: (3, 2),
    "noteout": lambda a: (3, 0),
    "notein": lambda a: (1, 3),
    "metro": lambda a: (2, 1),
    "delay": lambda a: (2, 1),
    "del": lambda a: (2, 1),
    "dac~": lambda a: (max(len(a), 2), 0),
    "ezdac~": lambda a: (2, 0),
    "noise~": lambda a: (1, 1),
    "cycle~": lambda a: (2, 1),
    "sig~": lambda a: (1, 1),
    "line~": lambda a: (2, 2),
    "*~": lambda a: (2, 1),
    "+~": lambda a: (2, 1),
    "peek~": lambda a: (3, 1),
    "groove~": lambda a: (3, 2),
    "play~": lambda a: (1, 2),
    "gate": lambda a: (2, int(a[0]) if a else 1),
    "counter": lambda a: (3, 4),
    "random": lambda a: (2, 1),
    "int": lambda a: (2, 1),
    "float": lambda a: (2, 1),
    "f": lambda a: (2, 1),
    "i": lambda a: (2, 1),
    "uzi": lambda a: (2, 3),
    "split": lambda a: (3, 2),
}

# Objects that exist in Max whose counts are not checked here (UI objects carry maxclass names).
KNOWN = {
    "zl", "zl.group", "zl.slice", "zl.len", "zl.iter", "zl.reg", "iter", "thresh", "swap", "join",
    "message", "comment", "button", "toggle", "number", "flonum", "multislider", "slider", "dial",
    "live.dial", "live.slider", "number~", "scope~", "meter~", "gain~", "panel", "lcd", "jit.cellblock",
    "buffer~", "waveform~", "record~", "index~", "poke~", "count~", "snapshot~", "tapin~", "tapout~",
    "svf~", "lores~", "reson~", "biquad~", "adsr~", "curve~", "scale", "clip", "expr", "vexpr", "sprintf",
    "tosymbol", "fromsymbol", "regexp", "umenu", "textedit", "opendialog", "dropfile", "savedialog",
    "sfplay~", "bang", "inlet", "outlet", "send", "receive", "s", "r", "value", "v", "coll", "dict",
    "pictslider", "nodes", "lcd", "jsui", "kslider", "nslider", "ctlin", "ctlout", "midiin", "midiout",
    "stripnote", "flush", "borax", "mtof", "ftom", "dbtoa", "atodb", "line", "speedlim", "qlim", "change",
    "deferlow", "defer", "pipe", "timer", "cpuclock", "gen~", "mc.dac~", "live.gain~", "attrui",
    "filtergraph~", "spectroscope~", "plot~", "radiogroup", "textbutton", "live.text", "live.button",
    "live.toggle", "live.numbox", "live.menu", "list", "listfunnel", "vexpr", "+", "-", "*", "/", "%",
    "!-", "!/", ">", "<", ">=", "<=", "==", "!=", "&&", "||", "abs", "round", "trunc", "minimum", "maximum",
    "mousestate", "pattrstorage", "preset", "jit.pwindow", "fpic", "bpatcher", "p", "patcher", "closebang",
    "thispatcher", "onebang", "next", "gswitch", "gswitch2", "switch", "ggate", "matrix~", "selector~",
    "sig~", "snapshot~", "average~", "peakamp~", "sah~", "phasor~", "rect~", "saw~", "tri~", "pink~",
    "clip~", "tanh~", "overdrive~", "degrade~", "delay~", "change~", "edge~", "thresh~", "zerox~",
}


def object_name(box: dict) -> str:
    """The Max class of a box: its maxclass, or for newobj the first word of its text."""
    if box.get("maxclass") == "newobj":
        return (box.get("text") or "").split(" ")[0]
    return box.get("maxclass", "")


def is_known(name: str) -> bool:
    return name in INLETS_OUTLETS or name in KNOWN
