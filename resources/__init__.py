"""Package data of Journey Canvas: the JSON Schema of `.journey` files and the map templates."""
