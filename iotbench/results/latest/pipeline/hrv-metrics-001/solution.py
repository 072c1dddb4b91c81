from . import metrics
from . import metrics_hrv_metrics_hrv_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics_hrv_metrics
from . import metrics_2
from . import metrics_3
from . import metrics_4
from . import metrics_5
from . import metrics_6
from . import metrics_7
from . import metrics_8
from . import metrics_9
from . import metrics_10
from . import metrics_11
from . import metrics_12
from . import metrics_13
from . import metrics_14
from . import metrics_15
from . import metrics_16
from . import metrics_17
from . import metrics_18
from . import metrics_19
from . import metrics_20
from . import metrics_21
from . import metrics_22
from . import metrics_23
from . import metrics_24
from . import metrics_25
from . import metrics_26
from . import metrics_27
from . import metrics_28
from . import metrics_29
from . import metrics_30
from . import metrics_31
from . import metrics_32
from . import metrics_33
from . import metrics_34
from . import metrics_35
from . import metrics_36
from . import metrics_37
from . import metrics_38
from . import metrics_39
from . import metrics_40
from . import metrics_41
from . import metrics_42
from . import metrics_43
from . import metrics_44
from . import metrics_45
from . import metrics_46
from . import metrics_47
from . import metrics_48
from . import metrics_49
from . import metrics_50
from . import metrics_51
from . import metrics_52
from . import metrics_53
from . import metrics_54
from . import metrics_55
from . import metrics_56
from . import metrics_57
from . import metrics_58
from . import metrics_59
from . import metrics_60
from . import metrics_61
from . import metrics_62
from . import metrics_63
from . import metrics_64
from . import metrics_65
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import matplotlib.image as mpimg
import matplotlib.patches as mpatches


# gpiot: this code has problems (the code does not define `hrv_metrics`); review it before use.


# gpiot: this code has problems (the code does not define `hrv_metrics_2`); review it before use.


# gpiot: this code has problems (the code does not define `hrv_metrics_3`); review it before use.

# Import the required libraries


# gpiot: this code has problems (the code does not define `hrv_metrics_4`); review it before use.

# 1. Create a new project
