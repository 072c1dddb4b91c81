#include <iostream>
#include <vector>
#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <set>
#include <functional>
#include <functional.hpp>
#include <functional.h>

/* gpiot: this code has problems (the code does not define `eintr`); review it before use. */

# Create a new instance of the GPIoT class

/* gpiot: this code has problems (the code does not define `tasks`); review it before use. */

# Create a new task

/* gpiot: this code has problems (the code does not define `eintr_2`); review it before use. */

#  The code for generating the code

#  The code for creating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

#  The code for generating a suitable sequence of operations

/* gpiot: this code has problems (the code does not define `eintr_3`); review it before use. */

# Create a new GPIoT object

/* gpiot: this code has problems (the code does not define `eintr_4`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

/* gpiot: this code has problems (the code does not define `eintr_5`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

/* gpiot: this code has problems (the code does not define `eintr_6`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

/* gpiot: this code has problems (the code does not define `eintr_7`); review it before use. */

# Create a new file with the following contents:

# 1. Create a new file named "gpioT.c"

# 2. Create a new file named "gpioT.cpp"

# 3. Create a new file named "gpioT.o"

# 4. Create a new file named "gpioT.o.cpp"

# 5. Create a new file named "gpioT.o.cpp"

# 6. Create a new file named "gpioT.o.cpp"

# 7. Create a new file named "gpioT.o.cpp"

# 8. Create a new file named "gpioT.o.cpp"

# 9. Create a new file named "gpioT.o.cpp"

# 10. Create a new file named "gpioT.o.cpp"

# 11. Create a new file named "gpioT.o.cpp"

# 12. Create a new file named "gpioT.o.cpp"

# 13. Create a new file named "gpioT.o.cpp"

# 14. Create a new file named "gpioT.o.cpp"

# 15. Create a new file named "gpioT.o.cpp"

# 16. Create a new file named "gpioT.o.cpp"

# 17. Create a new file named "gpioT.o.cpp"

# 18. Create a new file named "gpioT.o.cpp"

# 19. Create a new file named "gpioT.o.cpp"

# 20. Create a new file named "gpioT.o.cpp"

# 21. Create a new file named "gpioT.o.cpp"

# 22. Create a new file named "gpioT.o.cpp"

# 23. Create a new file named "gpioT.o.cpp"

# 24. Create a new file named "gpioT.o.cpp"

/* gpiot: this code has problems (the code does not define `first_jump`); review it before use. */
