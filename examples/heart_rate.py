# Requirement: samples is a list of PPG values sampled at fs Hz by a wrist sensor.
# Implement estimate_heart_rate(samples, fs) that band-pass filters the signal, detects
# the systolic peaks and returns the heart rate in beats per minute as a float.
