import numpy as np
import matplotlib.pyplot as plt
import time
import os
import random
import math
import matplotlib.pylab as plt
import matplotlib.image as mpimg
import matplotlib.patches as mpatches
import matplotlib.animation as animation
import matplotlib.image



