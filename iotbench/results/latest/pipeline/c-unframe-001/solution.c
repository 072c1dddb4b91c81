#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <functional>
#include <climits>

/* gpiot: this code has problems (syntax error at line 1; the code does not define `entry`); review it before use. */

payload[len = 0x7E] = payload[len = 0x7E] =

/* gpiot: this code has problems (the code does not define `task`); review it before use. */

# Create a task

/* gpiot: this code has problems (the code does not define `task_2`); review it before use. */

void task_3(void)
{
  //the program below runs silently.
}

/* gpiot: this code has problems (the code does not define `task_4`); review it before use. */

/* gpiot: this code has problems (missing `}` at line 41); review it before use. */

void task_5(void) {
    // payload.length == payload length
    int payload = payload.size() * 2;
    // len = payload.len()
    int len = payload.len();
    // constraints = payload.constraints();
    // libraries = payload.libraries();
    // behaviours = payload.behaviour();
    // constraints.length = payload.constraints.length();
    // constraints.length = payload.constraints.length();
    // libraries.length = payload.libraries.length();
    // behaviours.length = payload.behaviour.length();
    // constraints.length = payload.constraints.length();
    // libraries.length = payload.libraries.length();
    // behaviours.length = payload.behaviour.length();
    // constraints.length = payload.constraints.length();
    // libraries.length = payload.constraints.length();
    float payload_length = payload.length() * 2;
    float len_length = payload.len() * 2;
    // constraints.length = payload.constraints.length();
    // constraints.length = payload.constraints.length();
    // libraries.length = payload.libraries.length();
    // behaviours.length = payload.behaviour.length();
    // constraints.length = payload.constraints.length();
    // libraries.length = payload.libraries.length();
    // behaviours.length = payload.behaviour.length();
    float payload_length_length = payload_length * 2;
    float len_length_length = payload_length_length * 2;
    // constraints.length = payload.constraints.length();
    // constraints.length = payload.constraints.length();
    // libraries.length = payload.libraries.length();
    // behaviours.length = payload.behaviour.length();
    // constraints.length = payload.constraints.length();
    // libraries.length = payload.libraries.length();
    // behaviours.length = payload.behaviour.length();
    // constraints.length = payload.constraints.length();
    // libraries.length = payload.libraries.length();
    // behaviours.length = payload.behaviour.length();
    // constraints.length = payload.constraints.length();
    // libraries.length = payload.libraries.length();
    // behaviours.length = payload.

/* gpiot: this code has problems (the code does not define `task_6`); review it before use. */

/* gpiot: this code has problems (the code does not define `task_7`); review it before use. */

/* gpiot: this code has problems (the code does not define `parse_frame`); review it before use. */
