import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import matplotlib.image as mpimg
import matplotlib.animation as animation
import matplotlib.patches as mpatches
from . import *
import random as rd
import time
import math
import matplotlib.image


# gpiot: this code has problems (the code does not define `eintr_outliers`); review it before use.

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()

# Import numpy.random.randint()


# gpiot: this code has problems (the code does not define `eintr_outliers_2`); review it before use.


# gpiot: this code has problems (the code does not define `eintr_outliers_3`); review it before use.


# gpiot: this code has problems (the code does not define `iqr_outliers`); review it before use.
