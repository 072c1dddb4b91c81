from . import *
import numpy as np
import matplotlib.pyplot as plt
import math
import random
import time
import os
import sys
import matplotlib.animation as animation


# gpiot: this code has problems (the code does not define `echnical_pitch`); review it before use.


# gpiot: this code has problems (the code does not define `echnical_pitch_2`); review it before use.


# gpiot: this code has problems (the code does not define `echnical_pitch_3`); review it before use.

# 1. Create a new project

# 2. Create a new project

# 3. Create a new project

# 4. Create a new project

# 5. Create a new project

# 6. Create a new project

# 7. Create a new project

# 8. Create a new project

# 9. Create a new project

# 10. Create a new project

# 11. Create a new project

# 12. Create a new project

# 13. Create a new project

# 14. Create a new project

# 15. Create a new project

# 16. Create a new project

# 17. Create a new project

# 18. Create a new project

# 19. Create a new project

# 20. Create a new project

# 21. Create a new project

# 22. Create a new project

# 23. Create a new project

# 24. Create a new project

# 25. Create a new project

# 26. Create a new project

# 27. Create a new project

# 28. Create a new project

# 29. Create a new project

# 30. Create a new project

# 31. Create a new project

# 32. Create a new project

# 33. Create a new project

# 34. Create a new project

# 35. Create a new project

# 36. Create a new project

# 37. Create a new project

# 38. Create a new project

# 39. Create a new project

# 40. Create a new project

# 41. Create a new project

# 42. Create a new project

# 43. Create a new project

# 44. Create a new project

# 45. Create a new project

# 46. Create a new project

# 47. Create a new project

# 48. Create a new project

# 49. Create a new project

# 50. Create a new project

# 51. Create a new project

# 52. Create a new project

#


# gpiot: this code has problems (the code does not define `echnical_pitch_4`); review it before use.


# gpiot: this code has problems (the code does not define `echnical_pitch_5`); review it before use.


# gpiot: this code has problems (the code does not define `complementary_pitch`); review it before use.
