import sys
import numpy as np
import matplotlib.pyplot as plt
import time
import math
import random
import matplotlib.animation as animation
import matplotlib.image as mpimg



