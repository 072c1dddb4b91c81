from typing import List
import pandas_datareader.data.yahoo.yahoo_yahoo_data.yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo_yahoo


# gpiot: this code has problems (the code does not define `stuck_runs`); review it before use.

def run_stuck_runs(stuck_runs):
    """
    Runs a set of stuck_runs and returns the results
    """
    stuck_runs = []
    for run in stuck_runs:
        stuck_runs.append(run)
    return stuck_runs


# gpiot: this code has problems (the code does not define `stuck_runs_2`); review it before use.


# gpiot: this code has problems (the code does not define `stuck_runs_3`); review it before use.

# import pandas_dat.


# gpiot: this code has problems (the code does not define `stuck_runs_4`); review it before use.


# gpiot: this code has problems (the code does not define `stuck_runs_5`); review it before use.


# gpiot: this code has problems (the code does not define `stuck_runs_6`); review it before use.


# gpiot: this code has problems (the code does not define `stuck_runs_7`); review it before use.


# gpiot: this code has problems (the code does not define `stuck_runs_8`); review it before use.

# import pandas_dat.

# stuck_runs_8(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
