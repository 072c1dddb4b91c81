#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <iostream>
#include <vector>
#include <algorithm>
#include <cmath>
#include <limits>
#include <iomanip>
#include <fstream>
#include <string>
#include <sstream>
#include <random>
#include <sys/socket.h>
#include <sys/time.h>
#include <stdio.org.stdlib.time.time_t_t>

/* gpiot: this code has problems (the code does not define `eintr`); review it before use. */

# define
const int max_buffer_read_count = 5 * n;

const int min_buffer_read_count = 1;

const int max_buffer_read_size = 10;

const int min_buffer_read_size = 1;

const int min_buffer_read_size_min = 1;

const int min_buffer_read_size_max = 2;

const int max_buffer_read_size = 5;

const int min_buffer_read_size_max = 1;

const int min_buffer_read_size_min = 0;

const int min_buffer_read_size_max = 1;

const int min_buffer_read_size_max_min = 1;

const int max_buffer_read_size = 5;

const int max_buffer_read_size_min = 1;

const int max_buffer_read_size_max = 2;

const int min_buffer_read_size_max_min = 0;

const int max_buffer_read_size_max = 4;

const int min_buffer_read_size_max_min = 0;

const int max_buffer_read_size_min_max = 0;

const int min_buffer_read_size_max_min_max = 0;

const int min_buffer_read_size_max_min_max_max = 0;

const int min_buffer_read_size_max_min_min_max_max = 0;

const int min_buffer_read_size_max_min_min_max_max_max = 0;

/* gpiot: this code has problems (the code does not define `tasks`); review it before use. */

#define _n_read_count 1

#define _n_read_count 2

#define _n_read_count 3

#define _n_read_count 4

#define _n_read_count 5

#define _n_read_count 6

#define _n_read_count 7

#define _n_read_count 8

#define _n_read_count 9

#define _n_read_count 10

#define _n_read_count 11

#define _n_read_count 12

#define _n_read_count 13

#define _n_read_count 14

#define _n_read_count 15

#define _n_read_count 16

#define _n_read_count 17

#define _n_read_count 18

#define _n_read_count 19

#define _n_read_count 20

#define _n_read_count 21

#define _n_read_count 22

#define _n_read_count 23

#define _n_read_count 24

#define _n_read_count 25

#define _n_read_count 26

#define _n_read_count 27

#define _n_read_count 28

#define _n_read_count 29

#define _n_read_count 30

#define _n_read_count 31

#define _n_read_count 32

#define _n_read_count 33

#define _n_read_count 34

#define _n_read_count 35

#define _n_read_count 36

#define _n_read_count 37

#define _n_read_count 38

#define _n_read_count 39

#define _n_read_count 40

#define _n_read_count 41

#define _n_read_count 42

#define _n_read_count 43

/* gpiot: this code has problems (the code does not define `eintr_2`); review it before use. */

/* gpiot: this code has problems (the code does not define `eintr_3`); review it before use. */

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

#define _COPY_PARAMETER_NAME (array_of_parameter_names)

/* gpiot: this code has problems (the code does not define `zscore_flags`); review it before use. */
