"""The desktop window around the board: main window, actions, panels and dialogs."""
