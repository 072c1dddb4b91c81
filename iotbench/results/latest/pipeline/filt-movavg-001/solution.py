from . import *
import os
import numpy as np
import matplotlib.pyplot as plt
import matplotlib.image as mpimg
import matplotlib.patches as patches
import matplotlib.animation as animation


# gpiot: this code has problems (the code does not define `echnology`); review it before use.


# gpiot: this code has problems (the code does not define `echnology_2`); review it before use.

# 1. Create a list of temperature readings from a room echnology_2(e.g. a thermostat)

# 2. Calculate the temperature of the room echnology_2(e.g. a thermostat)

# 3. Print the temperature of the room echnology_2(e.g. a thermostat)

# 4. Print the temperature of the room echnology_2(e.g. a thermostat)

# 5. Print the temperature of the room echnology_2(e.g. a thermostat)

# 6. Print the temperature of the room echnology_2(e.g. a thermostat)

# 7. Print the temperature of the room echnology_2(e.g. a thermostat)

# 8. Print the temperature of the room echnology_2(e.g. a thermostat)

# 9. Print the temperature of the room echnology_2(e.g. a thermostat)

# 10. Print the temperature of the room echnology_2(e.g. a thermostat)

# 11. Print the temperature of the room echnology_2(e.g. a thermostat)

# 12. Print the temperature of the room echnology_2(e.g. a thermostat)

# 13. Print the temperature of the room echnology_2(e.g. a thermostat)

# 14. Print the temperature of the room echnology_2(e.g. a thermostat)

# 15. Print the temperature of the room echnology_2(e.g. a thermostat)

# 16. Print the temperature of the room echnology_2(e.g. a thermostat)

# 17. Print the temperature of the room echnology_2(e.g. a thermostat)

# 18. Print the temperature of the room echnology_2(e.g. a thermostat)

# 19. Print the temperature of the room echnology_2(e.g. a thermostat)

# 20. Print the temperature of the room echnology_2(e.g. a thermostat)

# 21. Print the temperature of the room echnology_2(e


# gpiot: this code has problems (the code does not define `moving_average`); review it before use.
