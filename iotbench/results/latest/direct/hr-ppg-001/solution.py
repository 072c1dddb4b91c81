import os
import numpy as np
import matplotlib.pyplot as plt
import time
import random
import matplotlib.image as mpimg
import matplotlib.patches as patches
import matplotlib.animation as animation
import cv2



