"""The sample journey maps (`*.journey`), installed as package data `canvas_app.samples` so the
start screen can offer them in every installation, the packaged app included."""
