"""The desktop window around the board: main window, actions, panels, dialogs, file handling.

May import every layer below it (scene, document, fileio, model) and Qt widgets.
"""
