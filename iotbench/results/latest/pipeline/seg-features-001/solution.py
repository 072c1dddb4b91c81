import numpy as np
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
import os
import glob
import time
import random
import math
import matplotlib.cm as cm
import matplotlib.image as mpimg
import matplotlib.pylab as plt
import matplotlib.patches as mpatches
from . import *
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from sklearn.metrics import confusion_matrix
from sklearn.metrics import classification_report
from sklearn.metrics import accuracy_score
from sklearn.metrics import roc_curve
from sklearn.metrics import roc_auc_score
import matplotlib.patches as patches
import matplotlib.colors as colors


# gpiot: this code has problems (the code does not define `mean`); review it before use.


# gpiot: this code has problems (the code does not define `rms`); review it before use.


# gpiot: this code has problems (the code does not define `peak_to_peak`); review it before use.


# gpiot: this code has problems (the code does not define `zero_crossings`); review it before use.

# import numpy as np

# import matplotlib.pyplot as plt

# import cv2 as cv

# import os

# import time

# import matplotlib.pyplot as plt

# import cv2 as cv

# import cv2 as cv

# import cv2 as cv

# import cv2 as cv

# import cv2 as


# gpiot: this code has problems (the code does not define `window_features`); review it before use.
