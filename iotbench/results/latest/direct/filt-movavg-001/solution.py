import numpy as np
import matplotlib.pyplot as plt
import pandas as pd
import time
import os
import sys
import random
import math
import matplotlib.image as mpimg
import matplotlib.patches as mpatches
import matplotlib.cm as cm
import matplotlib.animation as animation



