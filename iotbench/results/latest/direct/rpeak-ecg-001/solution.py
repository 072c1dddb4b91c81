import ecg
import os
import numpy as np
import matplotlib.pyplot as plt
import matplotlib.image as mpimg
import matplotlib.animation as animation
import time
import random
import sys
import matplotlib.patches as mpatches



