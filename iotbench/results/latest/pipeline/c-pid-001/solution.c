/* gpiot: this code has problems (the code does not define `e`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

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

# Import the following libraries:

/* gpiot: this code has problems (the code does not define `tasks_2`); review it before use. */

# Create a new task

/* gpiot: this code has problems (the code does not define `tasks_3`); review it before use. */

# Imports

/* gpiot: this code has problems (the code does not define `tasks_4`); review it before use. */

# Create a register for this value

/* gpiot: this code has problems (the code does not define `tasks_5`); review it before use. */

# pylint: disable=invalid-name

# pylint: disable=category-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

# pylint: disable=exec-error

/* gpiot: this code has problems (the code does not define `tasks_6`); review it before use. */

# Create a unit of integration of the block type

/* gpiot: this code has problems (the code does not define `tasks_7`); review it before use. */

# Create a new task

/* gpiot: this code has problems (the code does not define `pid_step`); review it before use. */

# Dependencies

# TODO:
