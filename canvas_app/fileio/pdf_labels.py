"""Human names of map types and frameworks for the PDF (title line, cover, document subject)."""

from __future__ import annotations

from canvas_app.model.journey_map import JourneyMap

_MAP_TYPES = {
    "current-state": ("Current-state journey map", "Bản đồ hành trình hiện tại"),
    "day-in-the-life": ("Day-in-the-life map", "Bản đồ một ngày của khách hàng"),
    "future-state": ("Future-state journey map", "Bản đồ hành trình tương lai"),
    "service-blueprint": ("Service blueprint", "Bản thiết kế dịch vụ"),
}
# (English, Vietnamese); the acronyms read the same in both.
_FRAMEWORK_NAMES = {
    "aida": ("AIDA", "AIDA"),
    "acc": ("ACC", "ACC"),
    "accsr": ("ACCSR", "ACCSR"),
    "accra": ("ACCRA", "ACCRA"),
    "acpra": ("ACPRA", "ACPRA"),
    "value-journey": ("Customer value journey", "Hành trình giá trị khách hàng"),
    "customer-states": ("7 customer states", "7 trạng thái của khách hàng"),
    "lifecycle-marketing": ("Lifecycle marketing", "Vòng đời tiếp thị"),
    "customer-lifecycle": ("Customer lifecycle", "Vòng đời khách hàng"),
    "buyer-persona": ("Buyer persona", "Chân dung khách hàng"),
}


def map_type_label(journey: JourneyMap) -> str:
    """The map type in the map's language ("Service blueprint", "Bản thiết kế dịch vụ")."""
    english, vietnamese = _MAP_TYPES[journey.map_type.value]
    return vietnamese if journey.language.value == "vi" else english


def framework_label(framework: str, language: str) -> str:
    """A framework as people name it ("aida" → "AIDA", "value-journey" → "Customer value …")."""
    names = _FRAMEWORK_NAMES.get(framework)
    if names is None:
        return framework.replace("-", " ").capitalize()
    return names[1] if language == "vi" else names[0]
