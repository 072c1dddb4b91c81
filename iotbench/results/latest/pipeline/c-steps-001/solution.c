#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>
#include <fcntl.h>
#include <stdlib.h>
#include <errno.h>
#include <ctype.h>
#include <sys/socket.h>
#include <iostream>
#include <vector>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <climits>

/* gpiot: this code has problems (the code does not define `eantr`); review it before use. */

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

# pylint: disable=too-many-arguments

/* gpiot: this code has problems (the code does not define `tasks`); review it before use. */

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

# This is a GPIoT code generation task.

/* gpiot: this code has problems (the code does not define `eantr_2`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

/* gpiot: this code has problems (the code does not define `tasks_2`); review it before use. */

#define _CRT_SECURE_NO_DEPRECATE_CALL

/* gpiot: this code has problems (the code does not define `eantr_3`); review it before use. */

# Create a function called main.py that will be called whenever a program opens to display the date, time, and status of the program.

/* gpiot: this code has problems (syntax error at line 1; the code does not define `tasks_3`); review it before use. */

class SensorSensor(object):
    def __init__(self, sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_sensor_

/* gpiot: this code has problems (syntax error at line 1; the code does not define `eantr_4`); review it before use. */

class MyClass(object)

/* gpiot: this code has problems (the code does not define `tasks_4`); review it before use. */

/* gpiot: this code has problems (the code does not define `count_steps`); review it before use. */
