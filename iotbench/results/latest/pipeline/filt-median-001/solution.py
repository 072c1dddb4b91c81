# gpiot: this code has problems (the code does not define `median_filter`); review it before use.


# gpiot: this code has problems (the code does not define `median_filter_2`); review it before use.

def median_filter(data):
    # Data: 
    data1 = data.values()
    data2 = data.values()
    data3 = data.values()
    # Code:
    data1 = np.median(data1)
    data2 = np.median(data2)
    data3 = np.median(data3)
    # Code:
    data1 = np.percentile(data1, 0)
    data2 = np.percentile(data2, 100)
    data3 = np.percentile(data3, 200)
    return data1, data2, data3


# gpiot: this code has problems (the code does not define `median_filter_3`); review it before use.
