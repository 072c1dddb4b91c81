import time
import numpy as np
import matplotlib.pyplot as plt
import matplotlib.image as mpimg
import matplotlib.patches as patches
import matplotlib.animation as animation
import os
import random
import math


# gpiot: this code has problems (the code does not define `entry`); review it before use.


# gpiot: this code has problems (the code does not define `tasks`); review it before use.

# 1. Create a list of gyroscope samples from one window

# 2. Take the mean of the gyroscope samples

# 3. Take the magnitude of the gyroscope samples

# 4. Take the mean of the gyroscope samples

# 5. Take the magnitude of the gyroscope samples

# 6. Take the mean of the gyroscope samples

# 7. Take the magnitude of the gyroscope samples

# 8. Take the mean of the gyroscope samples

# 9. Take the magnitude of the gyroscope samples

# 10. Take the mean of the gyroscope samples

# 11. Take the magnitude of the gyroscope samples

# 12. Take the mean of the gyroscope samples

# 13. Take the magnitude of the gyroscope samples

# 14. Take the mean of the gyroscope samples

# 15. Take the magnitude of the gyroscope samples

# 16. Take the mean of the gyroscope samples

# 17. Take the magnitude of the gyroscope samples

# 18. Take the mean of the gyroscope samples

# 19. Take the magnitude of the gyroscope samples

# 20. Take the mean of the gyroscope samples

# 21. Take the magnitude of the gyroscope samples

# 22. Take the mean of the gyroscope samples

# 23. Take the magnitude of the gyroscope samples

# 24. Take the mean of the gyroscope samples

# 25. Take the magnitude of the gyroscope samples

# 26. Take the mean of the gyroscope samples

# 27. Take the magnitude of the gyroscope samples

# 28. Take the mean of the gyroscope samples

# 29. Take the magnitude of the gyroscope samples

# 30. Take the mean of the gyroscope samples

# 31. Take the magnitude of the gyroscope samples

# 32. Take the mean of the gyroscope samples

# 33. Take the magnitude of the gyroscope samples

# 34. Take the mean of the gyroscope samples

# 35. Take the magnitude of the gyroscope samples

# 36. Take the mean of the gyroscope samples

# 37. Take the magnitude of the gyroscope samples

# 38. Take the mean of the gyroscope samples

# 39. Take the magnitude of the gyroscope samples

# 40. Take the mean of the gyroscope samples


# gpiot: this code has problems (the code does not define `dominant_frequency`); review it before use.
