# The zombie dialog: an object kept alive only by a cycle through its own callback.
# refpy: args --virtual-time
"""
A dialog registers its bound method as a button callback on itself, so the
dialog references the method and the method references the dialog. When the
application drops the dialog, reference counting cannot free it: it lives on
as a zombie, still answering the events a weak registry delivers to it, until
the cycle collector runs (here after 2 s) and `__del__` finally reports it.
"""

import asyncio
import gc
import weakref


class Dialog:
    registry = []    # weak references to every open dialog, like a GUI toolkit's list

    def __init__(self, name, handler=None):
        self.name = name
        if handler is None:
            handler = self.clicked            # the cycle: dialog -> bound method -> dialog
        self.on_click = handler
        Dialog.registry.append(weakref.ref(self))

    def clicked(self, event):
        print("{} handles {}".format(self.name, event))

    def __del__(self):
        print("{} destroyed".format(self.name))


def log_click(event):
    print("about box ignores {}".format(event))


def broadcast(event):
    alive = 0
    for ref in Dialog.registry:
        dialog = ref()
        if dialog is not None:
            dialog.on_click(event)
            alive += 1
    print("{}: {} dialog(s) answered".format(event, alive))


def main():
    loop = asyncio.new_event_loop()
    settings = Dialog("settings")
    about = Dialog("about", log_click)       # no cycle: dies as soon as it is dropped

    def close_dialogs():
        nonlocal settings, about
        print("user closes both dialogs")
        settings = None
        about = None

    for i, t in enumerate([0.5, 1.5, 2.5]):
        loop.call_later(t, broadcast, "event {}".format(i))
    loop.call_later(1.0, close_dialogs)
    loop.call_later(2.0, gc.collect)
    loop.call_later(3.0, loop.stop)
    loop.run_forever()
    loop.close()


main()
print("end")
