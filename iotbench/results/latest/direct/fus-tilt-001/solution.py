import numpy as np
import matplotlib.pyplot as plt
import math
import time
import matplotlib.animation as animation
import matplotlib.image as mpimg



