#!/usr/bin/python3
"""Prints, as JSON, the AT-SPI accessibility tree of one running application: what a Linux
screen reader (Orca) reads from it. Used by `atspi.rs`; needs `gir1.2-atspi-2.0` and
`python3-gi` (Debian's /usr/bin/python3, not a pyenv/venv one without `gi`).

    atspi_tree.py NAME       # the application named NAME (e.g. reach-app)

Each node: role (AT-SPI role name, e.g. "push button", "password text", "heading"), name,
description, attributes (object attributes: WebKitGTK puts "level", "live", "tag", "id" and the
like here), states (e.g. "focusable", "pressed", "showing"), text (for objects with the Text
interface and no children) and children. Exit status 2 when no such application is on the bus
(yet): the caller retries.
"""

import json
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

MAX_DEPTH = 80
MAX_TEXT = 500


def states(acc):
    st = acc.get_state_set()
    return sorted(
        Atspi.StateType(s).value_nick
        for s in range(Atspi.StateType.LAST_DEFINED)
        if st.contains(Atspi.StateType(s))
    )


def node(acc, depth=0):
    out = {
        "role": acc.get_role_name(),
        "name": acc.get_name() or "",
        "description": acc.get_description() or "",
        "attributes": dict(acc.get_attributes() or {}),
        "states": states(acc),
        "children": [],
    }
    n = acc.get_child_count()
    if n == 0 and "Text" in acc.get_interfaces():
        count = Atspi.Text.get_character_count(acc)
        out["text"] = Atspi.Text.get_text(acc, 0, min(count, MAX_TEXT))
    if depth < MAX_DEPTH:
        for i in range(n):
            try:
                child = acc.get_child_at_index(i)
            except Exception:  # a node removed while it is being read
                continue
            if child is not None:
                out["children"].append(node(child, depth + 1))
    return out


def main():
    name = sys.argv[1]
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == name:
            json.dump(node(app), sys.stdout, ensure_ascii=False)
            return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
