from . import *
from numpy import *
import numpy as np
from matplotlib import pyplot
import pickle
from IPython.display import display, Image
import os
import time
import argparse
import pandas as pd
import tensorflow as tf
import tensorflow_addons as tfa
import tensorflow_hub as hub
import tensorflow_hub as hf
import tensorflow_


# gpiot: this code has problems (the code does not define `bandpass`); review it before use.


# gpiot: this code has problems (the code does not define `bandpass_2`); review it before use.


# gpiot: this code has problems (the code does not define `bandpass_3`); review it before use.
