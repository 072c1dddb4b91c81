from . import *
from .tasks_2 import *


# gpiot: this code has problems (the code does not define `entry`); review it before use.


# gpiot: this code has problems (the code does not define `tasks`); review it before use.


# gpiot: this code has problems (the code does not define `tasks_2`); review it before use.


# gpiot: this code has problems (the code does not define `estimate_heart_rate`); review it before use.

# Sample:
