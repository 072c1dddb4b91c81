import numpy as np
import matplotlib.pyplot as plt
import time
import random
import math
import matplotlib.animation as animation
import matplotlib.image as mpimg



