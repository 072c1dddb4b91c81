from typing import List
from sklearn.model_selection import train_test_split
from IPython.display import display
import numpy as np
from sklearn.metrics import classification_report
from sklearn.metrics import confusion_matrix
from sklearn.metrics import roc_auc_score
from PIL import Image
import cv2
import glob
from sklearn.impute import SimpleImputer
from sklearn.impute import filedialog as imu_imputer
import matplotlib.pyplot as plt
from typing import List, Tuple
from . import tasks_3
from . import tasks_4
from . import tasks_5
from . import tasks_6
from . import tasks_7
from . import tasks_8
from . import tasks_9
from . import tasks_10
from . import tasks_11
from . import tasks_12
from . import tasks_13
from . import tasks_14
from . import tasks_15
from . import tasks_16
from . import tasks_17
from . import tasks_18
from . import tasks_19
from . import tasks_20
from . import tasks_21
from . import tasks_22
from . import tasks_23
from . import tasks_24
from . import tasks_25
from . import tasks_26
from . import tasks_27
from . import tasks_28
from . import tasks_29
from . import tasks_30
from . import tasks_31
from . import tasks_32
from . import tasks_33
from . import tasks_34
from . import tasks_35
from . import tasks_36
from . import tasks_37
from . import tasks_38
from . import tasks_39
from . import tasks_40
from . import tasks_41
from . import tasks_42
from . import tasks_43
from . import tasks_44
from . import tasks_45
from . import tasks_46
from . import tasks_47
from . import tasks_48
from . import tasks_49
from . import tasks_50
from . import tasks_51
from . import tasks_52
from . import tasks_53
from . import tasks_54
from . import tasks_55
from . import tasks_56
from . import tasks_57
from . import tasks_58
from . import tasks_59
from . import tasks_60
from . import tasks_61
from . import tasks_62
from . import tasks_63
from . import tasks_64
from . import tasks_65
from . import tasks_66
from typing import List, Optional, Tuple, Dict, Union


# gpiot: this code has problems (the code does not define `entry`); review it before use.


# gpiot: this code has problems (the code does not define `tasks`); review it before use.

# Load image

image_path = "data/images/dog_1.jpg"

image_raw_data = np.asarray(image_path.split(image_path.split(image_path)[-1]))

# Load labels

label_path = "labels/label_2.txt"

label_raw_data = np.asarray(label_path.split(label_path)[-1])

# Load labels

label_path = "labels/label_3.txt"

label_raw_data = np.asarray(label_path.split(label_path)[-1])

# Load label

label_path = "labels/label_4.txt"

label_raw_data = np.asarray(label_path.split(label_path)[-1])

# Load labels

label_path = "labels/label_5.txt"

label_raw_data = np.asarray(label_path.split(label_path)[-1])

# Load label

label_path = "labels/label_6.txt"

label_raw_data = np.asarray(label_path.split(label_path)[-1])

# Load label

label_path = "labels/label_7.txt"

label_raw_data = np.asarray(label_path.split(label_path)[-1])

# Load label

label_path = "labels/label_8.txt"

label_raw_data = np.asarray(label_path.split(label_path)[-1])

# Load label

label_path = "labels/label_9.txt"

label_raw_data = np.asarray(label_path.split(label_path)[-1])

# Load label


# gpiot: this code has problems (the code does not define `tasks_2`); review it before use.


# gpiot: this code has problems (the code does not define `tasks_3`); review it before use.


# gpiot: this code has problems (the code does not define `tasks_4`); review it before use.


# gpiot: this code has problems (the code does not define `tasks_5`); review it before use.


# gpiot: this code has problems (the code does not define `tasks_6`); review it before use.


# gpiot: this code has problems (the code does not define `tasks_7`); review it before use.

class Task:
    def __init__(self, signature: str, inputs: List[str], outputs: List[str]):
        self.signature = signature
        self.inputs = inputs
        self.outputs = outputs
        self.constraints = []
        self.libraries = []
        self.actions = []
        self.actions_list = []
        self.actions_list = []
        self.actions_list_list = []
        self.actions_list_list = []
        self.actions_list_list_list = []
        self.actions_list_list_list = []
        self.actions_list_list_list_list = []
        self.actions_list_list_list_list = []
        self.actions_list_list_list_list_list = []
        self.actions_list_list_list_list_list = []
        self.actions_list_list_list_list_list_list = []
        self.actions_list_list_list_list_list_list = []
        self.actions_list_list_list_list_list_list_list = []
        self.actions_list_list_list_list_list_list_list = []
        self.actions_list_list_list_list_list_list_list_list = []
        self.actions_list_list_list_list_list_list_list_list_list = []
        self.actions_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_list_


# gpiot: this code has problems (the code does not define `classify_activity`); review it before use.

# 1. 100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
