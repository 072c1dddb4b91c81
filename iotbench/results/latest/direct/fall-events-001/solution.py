import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import time
import os
import random
import math
import sys
import matplotlib.animation as animation
import matplotlib.image as mpimg
import matplotlib.image



