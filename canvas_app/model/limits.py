"""Hard bounds on what a map may hold, so no file can hang the program or exhaust memory."""

from __future__ import annotations

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_CSV_BYTES = 32 * 1024 * 1024

MAX_TITLE = 300
MAX_LABEL = 120
MAX_TEXT = 10_000
MAX_TAG = 64
MAX_TAGS = 32
MAX_VOTES = 10_000
MAX_DOTS = 100
MAX_VOTERS = 500
MAX_KPIS = 20
MAX_DISMISSALS = 100_000
# Funnel counts are people, so a trillion leaves room for any market.
MAX_FUNNEL_COUNT = 10**12

MAX_PERSONAS = 100
MAX_PHASES = 100
MAX_STAGES = 500
MAX_LANES = 200
MAX_LINES = 50
MAX_NOTES = 200_000
MAX_CONNECTORS = 200_000

MAX_PHOTO_BYTES = 2 * 1024 * 1024
# Base64 grows data by 4/3; allow a little slack for line breaks some encoders add.
MAX_PHOTO_BASE64 = MAX_PHOTO_BYTES * 4 // 3 + 4096
# A small file can declare a huge image (a decompression bomb): its header is checked at load.
# 25 megapixels is a 6000 x 4000 camera photo, about 100 MB once decoded to 32-bit pixels.
MAX_PHOTO_SIDE = 16_384
MAX_PHOTO_PIXELS = 25_000_000

EMOTION_MIN = -2
EMOTION_MAX = 2
