from . import *
from . import train_len
from . import train_len_2
from . import train_len_3
from . import train_len_4
from . import train_len_5
from . import train_len_6
from . import train_len_7
from . import train_len_8
from . import train_len_9
from . import train_len_10
from . import train_len_11
from . import train_len_12
from . import train_len_13
from . import train_len_14
from . import train_len_15
from . import train_len_16
from . import train_len_17
from . import train_len_18
from . import train_len_19
from . import train_len_20
from . import train_len_21
from . import train_len_22
from . import train_len_23
from . import train_len_24
from . import train_len_25
from . import train_len_26
from . import train_len_27
from . import train_len_28
from . import train_len_29
from . import train_len_30
from . import train_len_31
from . import train_len_32
from . import train_len_33
from . import train_len_34
from . import train_len_35
from . import train_len_36
from . import train_len_37
from . import train_len_38
from . import train_len_39
from . import train_len_40
from . import train_len_41
from . import train_len_42
from . import train_len_43
from . import train_len_44
from . import train_len_45
from . import train_len_46
from . import train_len_47
from . import train_len_48
from . import train_len_49
from . import train_len_50
from . import train_len_51
from . import train_len_52
import os
import sys
import numpy as np
import matplotlib.pyplot as plt
import pandas as pd
import matplotlib.image as mpimg
import matplotlib.animation as animation


# gpiot: this code has problems (the code does not define `echnot`); review it before use.


# gpiot: this code has problems (the code does not define `echnot_2`); review it before use.


# gpiot: this code has problems (the code does not define `locate_anomaly`); review it before use.
