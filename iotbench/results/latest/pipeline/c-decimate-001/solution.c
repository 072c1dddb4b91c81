/* gpiot: this code has problems (the code does not define `in`); review it before use. */

# TODO: write a demo for the code above

# use the spec at line 187 to generate a set of parameters

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

# print the code and save it in the file

/* gpiot: this code has problems (syntax error at line 1; the code does not define `tasks`); review it before use. */

#define _DEBUG_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST_TEST

/* gpiot: this code has problems (the code does not define `tasks_2`); review it before use. */

#define _ABI_IF_IN = ABI_IF_IN_NOT_IN

#define _ABI_IN_VALID_FAIL = ABI_IN_VALID_FAIL_NOT_IN

#define _ABI_IN_VALID_FAIL_IN_NOT_IN = ABI_IN_VALID_FAIL_IN_VALID_FAIL_NOT_IN_IN_NOT_VALID

#define _ABI_VALID_FAIL_IN_VALID_FAIL_IN_VALID_FAIL_NOT_IN_VALID_IN_VALID_FAIL_VALID

#define _ABI_IN_VALID_FAIL_IN_VALID_FAIL_IN_VALID_FAIL_VALID_IN_VALID

#define _ABI_VALID_FAIL_IN_VALID_FAIL_IN_VALID_FAIL_VALID_IN_VALID_FAIL

#define _ABI_VALID_FAIL_IN_VALID_FAIL_IN_VALID_FAIL_VALID_IN_VALID_FAIL_VALID_IN_VALID_FAIL_VALID_IN_VALID_FAIL_VALID_IN_VALID

/* gpiot: this code has problems (the code does not define `tasks_3`); review it before use. */

#define _INSTANCE_HAL_VERSION_FLAG_0 1

#define _INSTANCE_HAL_VERSION_FLAG_1 0

#define _INSTANCE_HAL_VERSION_FLAG_2 0

#define _INSTANCE_HAL_VERSION_FLAG_3 0

#define _INSTANCE_HAL_VERSION_FLAG_4 0

#define _INSTANCE_HAL_VERSION_FLAG_5 0

#define _INSTANCE_HAL_VERSION_FLAG_6 0

#define _INSTANCE_HAL_VERSION_FLAG_7 0

#define _INSTANCE_HAL_VERSION_FLAG_8 0

#define _INSTANCE_HAL_VERSION_FLAG_9 0

#define _INSTANCE_HAL_VERSION_FLAG_10 0

#define _INSTANCE_HAL_VERSION_FLAG_11 0

#define _INSTANCE_HAL_VERSION_FLAG_12 0

#define _INSTANCE_HAL_VERSION_FLAG_13 0

#define _INSTANCE_HAL_VERSION_FLAG_14 0

#define _INSTANCE_HAL_VERSION_FLAG_15 0

#define _INSTANCE_HAL_VERSION_FLAG_16 0

#define _INSTANCE_HAL_VERSION_FLAG_17 0

#define _INSTANCE_HAL_VERSION_FLAG_18 0

#define _INSTANCE_HAL_VERSION_FLAG_19 0

#define _INSTANCE_HAL_VERSION_FLAG_20 0

#define _INSTANCE_HAL_VERSION_FLAG_21 0

#define _INSTANCE_HAL_VERSION_FLAG_22 0

#define _INSTANCE_HAL_VERSION_FLAG_23 0

#define _INSTANCE_HAL_VERSION_FLAG_24 0

#define _INSTANCE_HAL_VERSION_FLAG_25 0

#define _INSTANCE_HAL_VERSION_FLAG_26 0

#define _INSTANCE_HAL_VERSION_FLAG_27 0

#define _INSTANCE_HAL_VERSION_FLAG_28 0

#define _INSTANCE_HAL_VERSION_FLAG_29 0

#define _INSTANCE_HAL_VERSION_FLAG_30 0

#define _INSTANCE_HAL_VERSION_FLAG_31 0

/* gpiot: this code has problems (the code does not define `tasks_4`); review it before use. */

# Create a request to connect to the sensors using the GPIoT service

/* gpiot: this code has problems (the code does not define `tasks_5`); review it before use. */

#define _line_counter 10

#define _line_counter 100

#define _line_counter 1000

#define _line_counter 10000

#define _line_counter 100000

#define _line_counter 1000000

/* gpiot: this code has problems (the code does not define `tasks_6`); review it before use. */

# Create a human-human interface

int worker_id = 0;

int sensor_id = 0;

/* gpiot: this code has problems (the code does not define `tasks_7`); review it before use. */

# Create a plot of sensor data

/* gpiot: this code has problems (missing `;` at line 1; the code does not define `decimate_avg`); review it before use. */

sensor_hub_decimate_avg_10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
