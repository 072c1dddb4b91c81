from . import *
import os
import sys
import numpy as np
import matplotlib.pyplot as plt
import matplotlib.image as mpimg
import matplotlib.patches as mpatches
import matplotlib.patches as m


# gpiot: this code has problems (the code does not define `rmssd`); review it before use.


# gpiot: this code has problems (the code does not define `rmssd_2`); review it before use.


# gpiot: this code has problems (the code does not define `rmssd_3`); review it before use.
