#include <iostream>
#include <vector>
#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <stack>
#include <set>
#include <map>
#include <set<int>
#include <functional>

/* gpiot: this code has problems (the code does not define `zero_crossings`); review it before use. */

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

/* gpiot: this code has problems (the code does not define `tasks`); review it before use. */

# Create a GPIoT code generation script

# This script will generate a GPIoT code for the following tasks:

# 1. Create a 16-bit GPIoT code for the following tasks:

# 1.1. Create a 16-bit GPIoT code for the following tasks:

# 1.2. Create a 16-bit GPIoT code for the following tasks:

# 1.3. Create a 16-bit GPIoT code for the following tasks:

# 1.4. Create a 16-bit GPIoT code for the following tasks:

# 1.5. Create a 16-bit GPIoT code for the following tasks:

# 1.6. Create a 16-bit GPIoT code for the following tasks:

# 1.7. Create a 16-bit GPIoT code for the following tasks:

# 1.8. Create a 16-bit GPIoT code for the following tasks:

# 1.9. Create a 16-bit GPIoT code for the following tasks:

# 1.10. Create a 16-bit GPIoT code for the following tasks:

# 1.11. Create a 16-bit GPIoT code for the following tasks:

# 1.12. Create a 16-bit GPIoT code for the following tasks:

# 1.13. Create a 16-bit GPIoT code for the following tasks:

# 1.14. Create a 16-bit GPIoT code for the following tasks:

# 1.15. Create a 16-bit GPIoT code for the following tasks:

# 1.16. Create a 16-bit GPIoT code for the following tasks:

# 1.17. Create a 16-bit GPIoT code for the following tasks:

# 1.18. Create a 16-bit GPIoT code for the following tasks:

# 1.19. Create a 16-bit GPIoT code for the following tasks:

/* gpiot: this code has problems (the code does not define `tasks_2`); review it before use. */

# Create a GPIoT code generation script

# This script will generate a GPIoT code for the given input.

# The code will be generated in the following format:

/* gpiot: this code has problems (the code does not define `tasks_3`); review it before use. */

# Create a GPIoT code generation script

# This script will generate a GPIoT code for the following tasks:

# 1. Create a GPIoT code for the task "x"

# 2. Create a GPIoT code for the task "y"

# 3. Create a GPIoT code for the task "z"

# 4. Create a GPIoT code for the task "4"

# 5. Create a GPIoT code for the task "5"

# 6. Create a GPIoT code for the task "6"

# 7. Create a GPIoT code for the task "7"

# 8. Create a GPIoT code for the task "8"

# 9. Create a GPIoT code for the task "9"

# 10. Create a GPIoT code for the task "10"

# 11. Create a GPIoT code for the task "11"

# 12. Create a GPIoT code for the task "12"

# 13. Create a GPIoT code for the task "13"

# 14. Create a GPIoT code for the task "14"

# 15. Create a GPIoT code for the task "15"

# 16. Create a GPIoT code for the task "16"

# 17. Create a GPIoT code for the task "17"

# 18. Create a GPIoT code for the task "18"

# 19. Create a GPIoT code for the task "19"

# 20. Create a GPIoT code for the task "20"

# 21. Create a GPIoT code for the task "21"

# 22. Create a GPIoT code for the task "22"

# 23. Create a GPIoT code for the task "23"

# 24. Create a GPIoT code for the task "24"

# 25. Create a GPIoT code for the task "25"

# 26. Create a GPIoT code for the task "26"

/* gpiot: this code has problems (the code does not define `tasks_4`); review it before use. */

# Create a pipe

/* gpiot: this code has problems (the code does not define `tasks_5`); review it before use. */

# Create a GPIoT code generation function

# This function will generate a code for the following tasks:

# 1. Create a GPIoT code for the following tasks:

# 1.1. Create a GPIoT code for the following tasks:

# 1.2. Create a GPIoT code for the following tasks:

# 1.3. Create a GPIoT code for the following tasks:

# 1.4. Create a GPIoT code for the following tasks:

# 1.5. Create a GPIoT code for the following tasks:

# 1.6. Create a GPIoT code for the following tasks:

# 1.7. Create a GPIoT code for the following tasks:

# 1.8. Create a GPIoT code for the following tasks:

# 1.9. Create a GPIoT code for the following tasks:

# 1.10. Create a GPIoT code for the following tasks:

# 1.11. Create a GPIoT code for the following tasks:

# 1.12. Create a GPIoT code for the following tasks:

# 1.13. Create a GPIoT code for the following tasks:

# 1.14. Create a GPIoT code for the following tasks:

# 1.15. Create a GPIoT code for the following tasks:

# 1.16. Create a GPIoT code for the following tasks:

# 1.17. Create a GPIoT code for the following tasks:

# 1.18. Create a GPIoT code for the following tasks:

# 1.19. Create a GPIoT code for the following tasks:

# 1.20. Create a GPIoT code for the following tasks:

# 1.21. Create a GPIoT code for the following tasks:

# 1.22. Create a GPIoT code for the following tasks:

# 1.23. Create a GPIoT code for the following tasks:

# 1.24. Create a GPIoT code for the following tasks:

# 1.25. Create a GPIoT code for the following tasks:

/* gpiot: this code has problems (the code does not define `tasks_6`); review it before use. */

# Create a change to this input

/* gpiot: this code has problems (the code does not define `tasks_7`); review it before use. */

# Create a GPIoT code generation library

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

# This library is used to generate code for the GPIoT code generation library.

/* gpiot: this code has problems (the code does not define `zero_crossings_2`); review it before use. */
