import numpy as np
import matplotlib.pyplot as plt
import pandas as pd
import time
import os
import random
import math
import matplotlib.image as mpimg
import matplotlib.patches as mpatches
import matplotlib.animation as animation



