/* gpiot: this code has problems (the code does not define `eantr`); review it before use. */

# Create a new object

/* gpiot: this code has problems (the code does not define `tasks`); review it before use. */

# Create a GPIoT code generation library

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

# This is a generic library for creating code generation

/* gpiot: this code has problems (the code does not define `tasks_2`); review it before use. */

#0000

#0000

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

#0001

/* gpiot: this code has problems (the code does not define `tasks_3`); review it before use. */

# Create a sensor

/* gpiot: this code has problems (the code does not define `tasks_4`); review it before use. */

# Create a GPIoT code generation

# Language: c

# Helpers:

/* gpiot: this code has problems (the code does not define `tasks_5`); review it before use. */

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

#define _DEBUG_

/* gpiot: this code has problems (the code does not define `tasks_6`); review it before use. */

# Create a GPIoT code generation library

/* gpiot: this code has problems (the code does not define `tasks_7`); review it before use. */

# Create a GPIoT sensor

/* gpiot: this code has problems (the code does not define `median3_filter`); review it before use. */

#define _CRT_SECURE_INCLUDE_BLOCKS 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_1 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_2 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_3 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_4 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_5 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_6 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_7 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_8 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_9 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_10 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_11 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_12 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_13 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_14 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_15 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_16 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_17 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_18 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_19 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_20 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_21 1

#define _CRT_SPAM_UNSAFE_USE_NULL_TYPES_22 1
