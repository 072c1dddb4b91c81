import numpy as np
import matplotlib.pyplot as plt
import pandas as pd
import sys
import time
import json
import os
import random
import math
import matplotlib.image as mpimg
import matplotlib.patches as patches
import matplotlib.animation as animation



