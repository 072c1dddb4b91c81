#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <fcntl.h>
#include <errno.h>

/* gpiot: this code has problems (the code does not define `entry`); review it before use. */

/* gpiot: this code has problems (the code does not define `tasks`); review it before use. */

# Create a new task

/* gpiot: this code has problems (the code does not define `tasks_2`); review it before use. */

# Create a new task

/* gpiot: this code has problems (the code does not define `tasks_3`); review it before use. */

# Create a new task

/* gpiot: this code has problems (the code does not define `tasks_4`); review it before use. */

#1. String: (2)

#2. String: (1)

#3. String: (3)

#4. String: (2)

#5. String: (2)

#6. String: (2)

#7. String: (3)

#8. String: (2)

#9. String: (2)

#10. String: (1)

#11. String: (1)

#12. String: (3)

#13. String: (1)

#14. String: (3)

#15. String: (2)

#16. String: (2)

#17. String: (2)

#18. String: (3)

#19. String: (3)

#20. String: (1)

#21. String: (1)

#22. String: (3)

#23. String: (1)

#24. String: (3)

#25. String: (2)

#26. String: (2)

#27. String: (2)

#28. String: (3)

#29. String: (1)

#30. String: (3)

#31. String: (2)

#32. String: (2)

#33. String: (1)

#34. String: (1)

#35. String: (3)

#36. String: (1)

#37. String: (3)

#38. String: (2)

#39. String: (2)

#40. String: (2)

#41. String: (3)

#42. String: (1)

#43. String: (3)

#44. String: (2)

#45. String: (2)

#46. String: (2)

#47. String: (3)

#48. String: (1)

#49. String: (3)

#50. String: (2)

#51. String: (2)

#52. String: (2)

/* gpiot: this code has problems (the code does not define `tasks_5`); review it before use. */

/* gpiot: this code has problems (the code does not define `tasks_6`); review it before use. */

# This is not a writeable file, do not modify this file.

# This file contains a list of inputs for the GUI

# This file contains a list of outputs for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

# This file contains a list of dependencies for the GUI.

# This file contains a list of libraries for the GUI.

/* gpiot: this code has problems (the code does not define `tasks_7`); review it before use. */

# Create a new task

/* gpiot: this code has problems (the code does not define `crc8`); review it before use. */
