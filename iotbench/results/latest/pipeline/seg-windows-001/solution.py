import os
import sys
import time
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import matplotlib.image as mpimg
import matplotlib.patches as mpatches
import matplotlib.patches as m
import matplotlib.animation as animation
import cv2
import random
import math
import matplotlib.patches as patches


# gpiot: this code has problems (the code does not define `entry`); review it before use.


# gpiot: this code has problems (the code does not define `entry_2`); review it before use.


# gpiot: this code has problems (the code does not define `entry_3`); review it before use.


# gpiot: this code has problems (the code does not define `entry_4`); review it before use.


# gpiot: this code has problems (the code does not define `entry_5`); review it before use.


# gpiot: this code has problems (the code does not define `entry_6`); review it before use.


# gpiot: this code has problems (the code does not define `entry_7`); review it before use.


# gpiot: this code has problems (the code does not define `entry_8`); review it before use.

def get_window_list(window_list):
    """
    This function returns a list of windows (each a list of size consecutive samples) starting at index 0 and advancing by size - overlap samples.
    """
    return window_list[0:len(window_list)]


# gpiot: this code has problems (the code does not define `sliding_windows`); review it before use.
