import numpy as np
import matplotlib.pyplot as plt
import matplotlib.animation as animation
import time
import random
import math
import os
import sys
import pandas as pd
import matplotlib.image as mpimg
import matplotlib.image



