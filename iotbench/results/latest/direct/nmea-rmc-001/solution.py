import json
import time
import numpy as np
import argparse
import os
import sys
import getopt
import re
import string
import random
import math
import math_utils
import math_utils.utils as utils
import math_utils.utils.parse_rmc as parse_rmc



