import numpy as np
import matplotlib.pyplot as plt
import matplotlib.animation as animation
import math
import time
import random
import os
import sys
import matplotlib.image as mpimg
import cv2
from . import *
import pandas as pd


# gpiot: this code has problems (the code does not define `eantr`); review it before use.


# gpiot: this code has problems (the code does not define `eantr_2`); review it before use.


# gpiot: this code has problems (the code does not define `tilt_angles`); review it before use.
