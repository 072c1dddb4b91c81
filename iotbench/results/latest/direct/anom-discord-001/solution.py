import os
import numpy as np
import matplotlib.pyplot as plt
import pandas as pd
import time
import random
import sys
import argparse
import matplotlib.image as mpimg
import matplotlib.animation as animation



