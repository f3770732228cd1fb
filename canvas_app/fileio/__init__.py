"""Reading and writing maps: the `.journey` codec, atomic saves, CSV and PDF export."""
