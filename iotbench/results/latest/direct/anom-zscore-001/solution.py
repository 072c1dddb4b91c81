import numpy as np
import matplotlib.pyplot as plt
import pandas as pd
import time
import os
import random
import math
import scipy.stats as stats
import scipy.optimize as opt
import scipy.signal as sig
import scipy.signal as sigp



