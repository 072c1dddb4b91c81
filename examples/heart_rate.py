# Requirement: samples is a list of PPG values sampled at fs Hz by a wrist sensor.
# Implement estimate_heart_rate(samples, fs) that band-pass filters the signal, detects
# the systolic peaks and returns the heart rate in beats per minute as a float.
# For example, 10 s of a 1.2 Hz sine wave sampled at 50 Hz gives 72 bpm, within 3 bpm.
