from . import *


# gpiot: this code has problems (the code does not define `eantr`); review it before use.


# gpiot: this code has problems (the code does not define `eantr_2`); review it before use.

# Create a new object


# gpiot: this code has problems (the code does not define `detect_falls`); review it before use.
