import ecg_data_from_chest_strap as ecg_data_from_chest_strap
import numpy as np
import matplotlib.pyplot as plt
import matplotlib.image as mpimg
import matplotlib.patches as patches



