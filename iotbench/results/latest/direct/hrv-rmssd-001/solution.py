import time
import numpy as np
import matplotlib.pyplot as plt
import pandas as pd
import os
import random
import matplotlib.image as mpimg
import matplotlib.animation as animation
import matplotlib.image



