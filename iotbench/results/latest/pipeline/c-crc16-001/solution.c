/* gpiot: this code has problems (the code does not define `eantr`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

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

# Create a new task

/* gpiot: this code has problems (the code does not define `eantr_2`); review it before use. */

#define _fprintf_version_c = 1

#define _fprintf_version_b = 2

#define _fprintf_version_c = 3

#define _fprintf_version_b = 4

#define _fprintf_version_c = 5

#define _fprintf_version_b = 6

#define _fprintf_version_c = 7

#define _fprintf_version_b = 8

#define _fprintf_version_c = 9

#define _fprintf_version_b = 10

#define _fprintf_version_c = 11

#define _fprintf_version_b = 12

#define _fprintf_version_c = 13

#define _fprintf_version_b = 14

#define _fprintf_version_c = 15

#define _fprintf_version_b = 16

#define _fprintf_version_c = 17

#define _fprintf_version_b = 18

#define _fprintf_version_c = 19

#define _fprintf_version_b = 20

#define _fprintf_version_c = 21

#define _fprintf_version_b = 22

#define _fprintf_version_c = 23

#define _fprintf_version_b = 24

#define _fprintf_version_c = 25

#define _fprintf_version_b = 26

#define _fprintf_version_c = 27

#define _fprintf_version_b = 28

#define _fprintf_version_c = 29

#define _fprintf_version_b = 30

#define _fprintf_version_c = 31

#define _fprintf_version_b = 32

#define _fprintf_version_c = 33

#define _fprintf_version_b = 34

#define _fprintf_version_c = 35

#define _fprintf_version_b = 36

#define _fprintf_version_c = 37

#define _fprintf_version_b = 38

#define _fprintf_version_c = 39

#define _fprintf_version_b = 40

/* gpiot: this code has problems (the code does not define `tasks_2`); review it before use. */

# Create a new task

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

/* gpiot: this code has problems (the code does not define `crc16_ccitt`); review it before use. */

#1. Create a 128-bit integer

#2. Create a 128-bit integer

#3. Create a 128-bit integer

#4. Create a 128-bit integer

#5. Create a 128-bit integer

#6. Create a 128-bit integer

#7. Create a 128-bit integer

#8. Create a 128-bit integer

#9. Create a 128-bit integer

#10. Create a 128-bit integer

#11. Create a 128-bit integer

#12. Create a 128-bit integer

#13. Create a 128-bit integer

#14. Create a 128-bit integer

#15. Create a 128-bit integer

#16. Create a 128-bit integer

#17. Create a 128-bit integer

#18. Create a 128-bit integer

#19. Create a 128-bit integer

#20. Create a 128-bit integer

#21. Create a 128-bit integer

#22. Create a 128-bit integer

#23. Create a 128-bit integer

#24. Create a 128-bit integer

#25. Create a 128-bit integer

#26. Create a 128-bit integer

#27. Create a 128-bit integer

#28. Create a 128-bit integer

#29. Create a 128-bit integer

#30. Create a 128-bit integer

#31. Create a 128-bit integer

#32. Create a 128-bit integer

#33. Create a 128-bit integer

#34. Create a 128-bit integer

#35. Create a 128-bit integer

#36. Create a 128-bit integer

#37. Create a 128-bit integer
