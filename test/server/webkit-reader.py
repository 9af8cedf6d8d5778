#!/usr/bin/python3
# A WebKitGTK browser for WebKitWebDriver, like MiniBrowser, with the one setting MiniBrowser cannot take on its
# command line: the default font size a reader chooses (WebKitSettings:default-font-size, an integer; MiniBrowser
# only passes string and boolean settings through). Used by the test runner's reader groups
# (test/server/browsers.mjs, readerBrowsers): WebKitWebDriver starts it as its browser binary.
#
#   webkit-reader.py --automation --default-font-size=32
#
# Needs Debian's gir1.2-webkit2-4.1 (the same WebKitGTK 2.50 as MiniBrowser, through GObject introspection).
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

size = 16
for arg in sys.argv[1:]:
    if arg.startswith("--default-font-size="):
        size = int(arg.split("=", 1)[1])

# As in a browser's settings page: the fixed-width default moves in proportion (16 → 13).
settings = WebKit2.Settings(default_font_size=size, default_monospace_font_size=round(size * 13 / 16))
# No cache or storage kept between runs, as MiniBrowser in automation mode.
context = WebKit2.WebContext.new_with_website_data_manager(WebKit2.WebsiteDataManager.new_ephemeral())
context.set_automation_allowed(True)
windows = set()


def create_web_view(session, *args):
    view = WebKit2.WebView(web_context=context, settings=settings, is_controlled_by_automation=True)
    window = Gtk.Window()
    window.set_default_size(1280, 1024)
    window.add(view)
    windows.add(window)

    def closed(*_):
        windows.discard(window)
        if not windows:
            Gtk.main_quit()

    view.connect("close", lambda *_: window.destroy())
    window.connect("destroy", closed)
    window.show_all()
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("MiniBrowser")
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect("create-web-view", create_web_view)


context.connect("automation-started", automation_started)
if "--automation" not in sys.argv:
    sys.exit("webkit-reader.py runs under WebKitWebDriver only (--automation)")
Gtk.main()
