#include <iostream>
#include <vector>
#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <stack>
#include <set>
#include <functional>
#include <functional_stack>
#include <functional_stack_t>
#include <functional_stack_t_t>

/* gpiot: this code has problems (the code does not define `eantr`); review it before use. */

# Create a new object

/* gpiot: this code has problems (the code does not define `eantr_2`); review it before use. */

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

#pragma once

/* gpiot: this code has problems (the code does not define `eantr_3`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

/* gpiot: this code has problems (the code does not define `eantr_4`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

/* gpiot: this code has problems (the code does not define `eantr_5`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

/* gpiot: this code has problems (the code does not define `eantr_6`); review it before use. */

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

/* gpiot: this code has problems (the code does not define `eantr_7`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

/* gpiot: this code has problems (the code does not define `eantr_8`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

/* gpiot: this code has problems (the code does not define `kalman1d`); review it before use. */
