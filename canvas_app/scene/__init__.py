"""The board: a QGraphicsScene projecting the document, its items, interactions and the view.

Imports document, model and Qt (never ui or fileio). Items paint layout records and report
gestures; the interaction code turns gestures into Editor calls.
"""
